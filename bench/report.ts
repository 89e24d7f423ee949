import type { BenchResult } from './run';
import type { Sizes } from './bytes';
import { spread, type Spread } from './stats';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const ratio = (value: number, floor: number) => (floor > 0 && Number.isFinite(value) ? `${(value / floor).toFixed(2)}×` : '—');
const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
const range = (s: Spread) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)}, n=${s.runs})`;

function row(cells: string[], widths: number[]): string {
  return cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  ');
}

/** Rows of [measure, app, floor, app ÷ floor, goal]. */
export function reportRows(result: BenchResult): string[][] {
  const { bytes, coldLoad, warmOffline, answerLatency, scale } = result;
  const size = (label: string, app: Sizes, floor: Sizes) => [
    [`${label}, gzip`, kb(app.gzip), kb(floor.gzip), ratio(app.gzip, floor.gzip), `≤ 1.10×: ${verdict(app.gzip <= 1.1 * floor.gzip)}`],
    [`${label}, brotli`, kb(app.brotli), kb(floor.brotli), ratio(app.brotli, floor.brotli), `≤ 1.10×: ${verdict(app.brotli <= 1.1 * floor.brotli)}`],
  ];
  const rows: string[][] = [
    ...size('Initial JS+CSS (index.html)', bytes.app.initial, bytes.floor.initial),
    ...size('JS+CSS to first statement', bytes.app.toFirstStatement, bytes.floor.initial),
    [
      `Cold load to first statement (CPU ${result.cpuSlowdown}×)`,
      range(coldLoad.appFirstStatement),
      range(coldLoad.floorContent),
      ratio(coldLoad.appFirstStatement.median, coldLoad.floorContent.median),
      `≤ 1.2×: ${verdict(coldLoad.appFirstStatement.median <= 1.2 * coldLoad.floorContent.median)}`,
    ],
    ['  vs floor first paint (FCP)', range(coldLoad.appFirstStatement), range(coldLoad.floorFirstPaint), ratio(coldLoad.appFirstStatement.median, coldLoad.floorFirstPaint.median), ''],
    ['  app first contentful paint', range(coldLoad.appFirstStatementFcp), range(coldLoad.floorFirstPaint), ratio(coldLoad.appFirstStatementFcp.median, coldLoad.floorFirstPaint.median), ''],
    [
      'Cold load of Home to its heading (first visit: the first screen a learner can use)',
      range(coldLoad.appHome),
      range(coldLoad.floorContent),
      ratio(coldLoad.appHome.median, coldLoad.floorContent.median),
      `≤ 1.2×: ${verdict(coldLoad.appHome.median <= 1.2 * coldLoad.floorContent.median)}`,
    ],
    warmOffline.app
      ? [
          'Warm offline reload (service worker)',
          range(warmOffline.app),
          warmOffline.floor ? range(warmOffline.floor) : 'not measured',
          warmOffline.floor ? ratio(warmOffline.app.median, warmOffline.floor.median) : '—',
          '',
        ]
      : ['Warm offline reload (service worker)', 'not measured: no service worker controls the page', '', '', ''],
    [
      `Answer → feedback painted, p50 (n=${answerLatency.app.samples})`,
      ms(answerLatency.app.p50),
      ms(answerLatency.floor.p50),
      ratio(answerLatency.app.p50, answerLatency.floor.p50),
      `≤ 1.1×: ${verdict(answerLatency.app.p50 <= 1.1 * answerLatency.floor.p50)}`,
    ],
    [
      `Answer → feedback painted, p95`,
      ms(answerLatency.app.p95),
      ms(answerLatency.floor.p95),
      ratio(answerLatency.app.p95, answerLatency.floor.p95),
      `≤ 1.2×: ${verdict(answerLatency.app.p95 <= 1.2 * answerLatency.floor.p95)}`,
    ],
    [`Check ${scale.validate.statements} statements (${kb(scale.validate.fileBytes)}, Node)`, range(scale.validate.ms), '', '', ''],
    ...(scale.validateWorstCase
      ? [[`Check the matching worst case: ${scale.validateWorstCase.statements} statements of ~2,000 repeated words in 20,000-character passages (${kb(scale.validateWorstCase.fileBytes)}, Node)`, range(scale.validateWorstCase.ms), '', '', `< 1 s: ${verdict(scale.validateWorstCase.ms.median < 1_000)}`]]
      : []),
    [`Import ${scale.import.statements} statements (Node, fake-indexeddb)`, range(scale.import.ms), '', '', ''],
    [`Import ${scale.import.statements} statements on the teacher screen (CPU ${result.cpuSlowdown}×)`, range(scale.importInBrowser), '', '', ''],
    ...scale.progress.screens.map((screen) => [
      `Open ${screen.path} over ${scale.progress.answers.toLocaleString('en')} answers (CPU ${result.cpuSlowdown}×)`,
      ms(screen.ms),
      '',
      '',
      '',
    ]),
    ...scale.progress.opened.map((screen) => {
      const median = spread(screen.ms).median;
      return [
        `Open ${screen.path} from the menu over ${scale.progress.answers.toLocaleString('en')} answers (CPU ${result.cpuSlowdown}×)`,
        range(spread(screen.ms)),
        '',
        '',
        `≤ 150 ms: ${verdict(median <= 150)}`,
      ];
    }),
    ['Storage per stored answer (incl. attempts)', `${scale.progress.bytesPerAnswer.toFixed(0)} B`, '', '', ''],
  ];
  return rows;
}

export function printReport(result: BenchResult): void {
  const rows = [['Measure', 'App', 'Floor', 'App ÷ floor', 'Goal'], ...reportRows(result)];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((cells) => (cells[column] ?? '').length)));
  console.log(`\nFact · Claim · Opinion benchmark — ${result.date}, commit ${result.commit}\n`);
  for (const [index, cells] of rows.entries()) {
    console.log(row(cells, widths));
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  }
  console.log('\nLazy chunks (gzip / brotli):');
  for (const chunk of result.bytes.app.lazy) console.log(`  ${chunk.file.padEnd(48)} ${kb(chunk.sizes.gzip).padStart(10)} ${kb(chunk.sizes.brotli).padStart(10)}`);
}
