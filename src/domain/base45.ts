/** RFC 9285 Base45: bytes as characters of the QR code alphanumeric mode, which packs 5.5 bits into each. */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

export function toBase45(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 2) {
    if (index + 1 < bytes.length) {
      let value = (bytes[index] as number) * 256 + (bytes[index + 1] as number);
      for (let digit = 0; digit < 3; digit++) {
        text += ALPHABET[value % 45];
        value = Math.floor(value / 45);
      }
    } else {
      const value = bytes[index] as number;
      text += (ALPHABET[value % 45] as string) + ALPHABET[Math.floor(value / 45)];
    }
  }
  return text;
}

/** The bytes back, or null when a character or group is not Base45. */
export function fromBase45(text: string): Uint8Array | null {
  const bytes: number[] = [];
  for (let index = 0; index < text.length; index += 3) {
    const group = text.slice(index, index + 3);
    const digits = [...group].map((char) => ALPHABET.indexOf(char));
    if (group.length === 1 || digits.some((digit) => digit < 0)) return null;
    const value = digits.reduce((sum, digit, place) => sum + digit * 45 ** place, 0);
    if (group.length === 3) {
      if (value > 0xffff) return null;
      bytes.push(value >> 8, value & 0xff);
    } else {
      if (value > 0xff) return null;
      bytes.push(value);
    }
  }
  return Uint8Array.from(bytes);
}
