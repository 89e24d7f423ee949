import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A static server for the update test: it serves one build folder and can be switched to another. */
export class SwitchingServer {
  private server: Server | undefined;
  private folder: string;

  constructor(folder: string) {
    this.folder = folder;
  }

  serve(folder: string) {
    this.folder = folder;
  }

  async start(port: number): Promise<void> {
    this.server = createServer((request, response) => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
      const send = (file: string, body: Buffer) => {
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
        response.end(body);
      };
      const folder = this.folder;
      void readFile(join(folder, path))
        .then((body) => send(path, body))
        .catch(async () => {
          if (extname(path)) response.writeHead(404).end();
          else send('index.html', await readFile(join(folder, 'index.html')));
        });
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, 'localhost', resolve);
    });
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
