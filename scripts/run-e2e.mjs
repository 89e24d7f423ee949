// Builds the production app, then runs the browser tests in the system Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const chromium = candidates.find((path) => path && existsSync(path));
if (!chromium) {
  console.error('\n!!! BROWSER TESTS NOT RUN: no Chromium found. Install it with `sudo apt-get install chromium` (or set CHROMIUM_PATH). !!!\n');
  process.exit(process.env.CI ? 1 : 0);
}

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', shell: false });
const build = run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', process.env.E2E_DIST ?? 'dist', '--emptyOutDir']);
if (build.status !== 0) process.exit(build.status ?? 1);
const tests = run('npx', ['playwright', 'test', ...process.argv.slice(2)]);
process.exit(tests.status ?? 1);
