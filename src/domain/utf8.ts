export type DecodedText = { ok: true; text: string } | { ok: false; line: number; column: number };

const decoder = () => new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes UTF-8, refusing invalid bytes instead of keeping U+FFFD in their place; a refusal says
 * the line and column (in characters) where the first invalid byte sits.
 */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { ok: true, text: decoder().decode(bytes) };
  } catch {
    const at = validPrefixLength(bytes);
    let lineStart = 0;
    let line = 1;
    for (let index = 0; index < at; index++) {
      if (bytes[index] === 0x0a) {
        line++;
        lineStart = index + 1;
      }
    }
    const column = decoder().decode(bytes.subarray(lineStart, at), { stream: true }).length + 1;
    return { ok: false, line, column };
  }
}

/**
 * The longest prefix that decodes with at most a sequence still incomplete at its end (binary
 * search). Decoding it in stream mode gives the complete characters before the invalid byte.
 */
function validPrefixLength(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    try {
      decoder().decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  return low;
}
