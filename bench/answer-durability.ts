import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium';
import { appAnswerLatencies, startOpeningSet } from './browser-measures';
import { serveFolder } from './static-server';
import { quantile } from './stats';

/**
 * Answer → feedback painted with every read-write transaction's durability hint forced to each value, in browser
 * profiles kept on disk: the main bench's fresh contexts keep IndexedDB in memory, where a flush costs nothing.
 * `npx tsx bench/answer-durability.ts` (BENCH_PORT, DURABILITY_ROUNDS: each round plays the opening set once per hint).
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, '.scratch/bench-durability');
const PROFILES = join(ROOT, '.scratch/durability-profiles');
const ROUNDS = Number(process.env.DURABILITY_ROUNDS ?? 3);
const HINTS = ['relaxed', 'default', 'strict'] as const;
type Hint = (typeof HINTS)[number];

/** Forces the hint on every transaction the page opens, and records the durability each read-write one reported. */
const forceDurability = (hint: Hint) => `(function () {
  var open = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (names, mode, options) {
    var transaction = open.call(this, names, mode, Object.assign({}, options, { durability: ${JSON.stringify(hint)} }));
    if (mode === 'readwrite') window.__fcoDurability(transaction.durability);
    return transaction;
  };
})();`;

async function main(): Promise<void> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('No Chromium found (set CHROMIUM_PATH).');
  await build({ configFile: join(ROOT, 'vite.config.ts'), root: ROOT, logLevel: 'warn', build: { outDir: DIST, emptyOutDir: true } });
  const server = await serveFolder(DIST, Number(process.env.BENCH_PORT ?? 0));
  const baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const latencies = new Map<Hint, number[]>(HINTS.map((hint) => [hint, []]));
  try {
    for (let round = 0; round < ROUNDS; round++) {
      // A different hint goes first each round, so a busy spell on the machine does not fall on one hint alone.
      for (const hint of [...HINTS.slice(round % HINTS.length), ...HINTS.slice(0, round % HINTS.length)]) {
        const folder = join(PROFILES, `${hint}-${round}`);
        rmSync(folder, { recursive: true, force: true });
        const context: BrowserContext = await chromium.launchPersistentContext(folder, { executablePath, args: CHROMIUM_ARGS, baseURL, locale: 'en-US' });
        const reported = new Set<string>();
        await context.exposeFunction('__fcoDurability', (durability: string) => void reported.add(durability));
        await context.addInitScript({ content: forceDurability(hint) });
        const values = await appAnswerLatencies(context, await startOpeningSet(context));
        await context.close();
        rmSync(folder, { recursive: true, force: true });
        latencies.get(hint)!.push(...values);
        console.log(`round ${round + 1}, ${hint}: p50 ${quantile(values, 0.5).toFixed(0)} ms (read-write transactions reported ${[...reported].join(', ')})`);
      }
    }
  } finally {
    server.close();
  }
  console.log(`\nAnswer → feedback painted, profiles on disk, CPU 4× slower, ${ROUNDS} rounds of the opening set per hint:`);
  for (const [hint, values] of latencies) console.log(`${hint.padEnd(8)} p50 ${quantile(values, 0.5).toFixed(0)} ms  p95 ${quantile(values, 0.95).toFixed(0)} ms  (n=${values.length})`);
}

await main();
