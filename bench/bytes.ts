import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export const ZERO: Sizes = { raw: 0, gzip: 0, brotli: 0 };

export function sizesOf(content: Buffer): Sizes {
  return {
    raw: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    brotli: brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export const addSizes = (a: Sizes, b: Sizes): Sizes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });

/** The JS and CSS files index.html makes the browser fetch before any lazy import: entry, modulepreloads, stylesheets. */
export function initialFiles(distFolder: string): string[] {
  const html = readFileSync(join(distFolder, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isScript = tag.startsWith('<script') && /type="module"/.test(tag);
    const isPreload = /rel="(modulepreload|stylesheet)"/.test(tag);
    const url = /(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if ((isScript || isPreload) && url && /\.(js|css)$/.test(url)) files.add(url.replace(/^\//, ''));
  }
  return [...files].sort();
}

/** Every JS and CSS file in the build's assets folder, relative to the build folder. */
export function assetFiles(distFolder: string): string[] {
  return readdirSync(join(distFolder, 'assets'))
    .filter((name) => /\.(js|css)$/.test(name))
    .map((name) => `assets/${name}`)
    .sort();
}

export function sizesOfFiles(distFolder: string, files: readonly string[]): Sizes {
  return files.reduce((total, file) => addSizes(total, sizesOf(readFileSync(join(distFolder, file)))), ZERO);
}
