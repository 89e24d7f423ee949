import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** Prints the page to PDF with Chromium, as a teacher's Print does, and reads its text page by page (poppler's pdftotext). */
export async function printedPages(page: Page, file: string): Promise<string[]> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1).map((pageText) => pageText.replace(/\s+/g, ' ').trim());
}

export interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Every pair of the given boxes that overlaps by more than a pixel. */
export function overlapping(boxes: readonly Box[]): string[] {
  const found: string[] = [];
  for (const [index, a] of boxes.entries()) {
    for (const b of boxes.slice(index + 1)) {
      const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (width > 1 && height > 1) found.push(`${a.name} overlaps ${b.name}`);
    }
  }
  return found;
}
