import jsQR from 'jsqr';

interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}

type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorLike;

/** Reads a QR code from a video frame or image: the browser's BarcodeDetector where it has one, otherwise jsQR. */
export function createQrReader(): (source: HTMLVideoElement | ImageBitmap) => Promise<string | null> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  const detector = Detector ? new Detector({ formats: ['qr_code'] }) : null;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });

  return async (source) => {
    if (detector) {
      try {
        const [found] = await detector.detect(source);
        return found?.rawValue ?? null;
      } catch {
        // Fall through to jsQR: some BarcodeDetector builds refuse some sources.
      }
    }
    const width = source instanceof HTMLVideoElement ? source.videoWidth : source.width;
    const height = source instanceof HTMLVideoElement ? source.videoHeight : source.height;
    if (!context || !width || !height) return null;
    canvas.width = width;
    canvas.height = height;
    context.drawImage(source, 0, 0, width, height);
    const image = context.getImageData(0, 0, width, height);
    return jsQR(image.data, width, height)?.data ?? null;
  };
}
