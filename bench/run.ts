import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium';
import { OPENING, readQuiz } from '../tests/e2e/seed';
import type { Quiz } from '../src/domain/quiz-schema';
import { assetFiles, initialFiles, sizesOf, sizesOfFiles, type Sizes } from './bytes';
import { serveFolder } from './static-server';
import { quantile, spread, type Spread } from './stats';
import { appAnswerLatencies, coldLoad, CPU_SLOWDOWN, floorAnswerLatencies, newContext, startOpeningSet, warmOfflineLoad } from './browser-measures';
import { importThroughTeacherScreen, progressOverManyAnswers, type ItemKey, type ProgressScale } from './scale-measures';
import { generatedQuiz } from '../tests/fixtures/generated-quiz';
import { importScale, validateScale, validateWorstCase, type ImportScale, type ValidateScale } from './scale-node';
import { printReport } from './report';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const APP_DIST = join(ROOT, '.scratch/bench-app');
const FLOOR_DIST = join(ROOT, 'bench/floor/dist');
const APP_PORT = Number(process.env.BENCH_PORT ?? 4310);
// 0: any free port, so a run does not take a port another run on the machine uses.
const FLOOR_PORT = Number(process.env.BENCH_FLOOR_PORT ?? APP_PORT + 1);
const RUNS = Math.max(7, Number(process.env.BENCH_RUNS ?? 7));
const LATENCY_SETS = 3;
const SCALE_ANSWERS = 100_000;
const SCALE_STATEMENTS = 2_000;

export interface BenchResult {
  date: string;
  commit: string;
  cpuSlowdown: number;
  runs: number;
  bytes: {
    app: { initial: Sizes; toFirstStatement: Sizes; initialFiles: string[]; firstStatementFiles: string[]; lazy: { file: string; sizes: Sizes }[] };
    floor: { initial: Sizes; files: string[] };
  };
  coldLoad: { appFirstStatement: Spread; appFirstStatementFcp: Spread; appHome: Spread; floorFirstPaint: Spread; floorContent: Spread };
  warmOffline: { app: Spread | null; floor: Spread | null };
  answerLatency: { app: Latency; floor: Latency };
  scale: { validate: ValidateScale; validateWorstCase?: ValidateScale; import: ImportScale; importInBrowser: Spread; progress: ProgressScale };
}

export interface Latency {
  p50: number;
  p95: number;
  samples: number;
  values: number[];
}

const latency = (values: number[]): Latency => ({ p50: quantile(values, 0.5), p95: quantile(values, 0.95), samples: values.length, values: values.map(Math.round) });

function commitOf(): string {
  try {
    const head = readFileSync(join(ROOT, '.git/HEAD'), 'utf8').trim();
    const ref = head.startsWith('ref: ') ? readFileSync(join(ROOT, '.git', head.slice(5)), 'utf8').trim() : head;
    return ref.slice(0, 12);
  } catch {
    return 'unknown';
  }
}

async function buildBoth(): Promise<void> {
  const configFile = join(ROOT, 'vite.config.ts');
  await build({ configFile, root: ROOT, logLevel: 'warn', build: { outDir: APP_DIST, emptyOutDir: true } });
  await build({ configFile, root: join(ROOT, 'bench/floor'), logLevel: 'warn', build: { outDir: FLOOR_DIST, emptyOutDir: true } });
}

function bundledItems(): ItemKey[] {
  const keys: ItemKey[] = [];
  for (const name of ['1-opening', '2-talks', '3-pmu', '4-what-now', '5-syria']) {
    const file = join(ROOT, `quizzes/al-bukamal-${name}.json`);
    if (!existsSync(file)) continue;
    const quiz = JSON.parse(readFileSync(file, 'utf8')) as Quiz;
    for (const item of quiz.items) keys.push({ setId: quiz.id, itemId: item.id });
  }
  return keys;
}

/** Screens that show progress: Home always; a progress screen when the router has one. */
function progressScreens(): { path: string; selector: string; openedSelector: string; link: string }[] {
  const screens = [{ path: '/', selector: 'progress:not([value="0"])', openedSelector: 'progress:not([value="0"])', link: 'Sets' }];
  const router = readFileSync(join(ROOT, 'src/common/router.ts'), 'utf8');
  if (/^\s*progress:\s*'\/progress'/m.test(router)) screens.push({ path: '/progress', selector: 'main h1', openedSelector: '.progress-screen .score', link: 'My progress' });
  return screens;
}

async function main(): Promise<void> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('No Chromium found (set CHROMIUM_PATH).');
  console.log(`Building the app and the floor…`);
  await buildBoth();

  const appInitialFiles = initialFiles(APP_DIST);
  const floorFiles = initialFiles(FLOOR_DIST);

  const servers = [await serveFolder(APP_DIST, APP_PORT), await serveFolder(FLOOR_DIST, FLOOR_PORT)];
  const [appUrl, floorUrl] = servers.map((server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`) as [string, string];
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    console.log(`Cold loads, ${RUNS} runs each, CPU ${CPU_SLOWDOWN}× slower…`);
    const appFirst: number[] = [];
    const appFcp: number[] = [];
    const appHome: number[] = [];
    const floorPaint: number[] = [];
    const floorContent: number[] = [];
    let firstStatementFiles: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const appContext = await newContext(browser, appUrl);
      const playUrl = await startOpeningSet(appContext);
      const load = await coldLoad(appContext, playUrl, 'mark.statement');
      appFirst.push(load.visibleMs);
      appFcp.push(load.fcpMs);
      firstStatementFiles = [...new Set(load.scripts)].sort();
      appHome.push((await coldLoad(appContext, `${appUrl}/`, 'main h1')).visibleMs);
      await appContext.close();

      const floorContext = await newContext(browser, floorUrl);
      const floor = await coldLoad(floorContext, `${floorUrl}/`, 'mark.statement');
      floorPaint.push(floor.fcpMs);
      floorContent.push(floor.visibleMs);
      await floorContext.close();
    }

    console.log('Warm offline reloads…');
    const offline: number[] = [];
    const floorOffline: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await newContext(browser, appUrl);
      const playUrl = await startOpeningSet(context);
      const ms = await warmOfflineLoad(context, playUrl, 'mark.statement');
      await context.close();
      if (ms !== null) offline.push(ms);
      const floorContext = await newContext(browser, floorUrl);
      const floorMs = await warmOfflineLoad(floorContext, `${floorUrl}/`, 'mark.statement');
      await floorContext.close();
      if (floorMs !== null) floorOffline.push(floorMs);
    }

    console.log('Answer latency…');
    const appLatencies: number[] = [];
    const floorLatencies: number[] = [];
    for (let run = 0; run < LATENCY_SETS; run++) {
      const appContext = await newContext(browser, appUrl);
      appLatencies.push(...(await appAnswerLatencies(appContext, await startOpeningSet(appContext))));
      await appContext.close();
      const floorContext = await newContext(browser, floorUrl);
      floorLatencies.push(...(await floorAnswerLatencies(floorContext, `${floorUrl}/`, readQuiz(OPENING).items.length)));
      await floorContext.close();
    }

    console.log(`Scale: ${SCALE_STATEMENTS} statements, ${SCALE_ANSWERS} stored answers…`);
    const validate = validateScale(SCALE_STATEMENTS);
    const worstCase = validateWorstCase();
    const imported = await importScale(SCALE_STATEMENTS);
    const importContext = await newContext(browser, appUrl);
    const importInBrowser = spread(await importThroughTeacherScreen(importContext, generatedQuiz(SCALE_STATEMENTS), 3));
    await importContext.close();
    const progressContext = await newContext(browser, appUrl);
    const progress = await progressOverManyAnswers(progressContext, bundledItems(), SCALE_ANSWERS, progressScreens());
    await progressContext.close();

    const result: BenchResult = {
      date: new Date().toISOString(),
      commit: commitOf(),
      cpuSlowdown: CPU_SLOWDOWN,
      runs: RUNS,
      bytes: {
        app: {
          initial: sizesOfFiles(APP_DIST, appInitialFiles),
          toFirstStatement: sizesOfFiles(APP_DIST, firstStatementFiles),
          initialFiles: appInitialFiles,
          firstStatementFiles,
          lazy: assetFiles(APP_DIST)
            .filter((file) => !appInitialFiles.includes(file))
            .map((file) => ({ file, sizes: sizesOf(readFileSync(join(APP_DIST, file))) })),
        },
        floor: { initial: sizesOfFiles(FLOOR_DIST, floorFiles), files: floorFiles },
      },
      coldLoad: {
        appFirstStatement: spread(appFirst),
        appFirstStatementFcp: spread(appFcp),
        appHome: spread(appHome),
        floorFirstPaint: spread(floorPaint),
        floorContent: spread(floorContent),
      },
      warmOffline: { app: offline.length ? spread(offline) : null, floor: floorOffline.length ? spread(floorOffline) : null },
      answerLatency: {
        app: latency(appLatencies),
        floor: latency(floorLatencies),
      },
      scale: { validate, validateWorstCase: worstCase, import: imported, importInBrowser, progress },
    };

    const folder = join(ROOT, 'bench/results');
    mkdirSync(folder, { recursive: true });
    const json = `${JSON.stringify(result, null, 2)}\n`;
    writeFileSync(join(folder, `bench-${result.date.replace(/[:.]/g, '-')}.json`), json);
    writeFileSync(join(folder, 'latest.json'), json);
    printReport(result);
    console.log(`\nWritten to bench/results/latest.json`);
  } finally {
    await browser.close();
    for (const server of servers) server.close();
  }
}

await main();
