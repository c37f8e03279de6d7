#!/usr/bin/env node
// The test runner behind `npm test` and `npm run test:pg`.
//   npm test          lint, type-check, unit + API + web tests on PGlite, then browser tests in Chromium
//   npm run test:pg   the unit and API suites on PostgreSQL (DATABASE_URL, else 127.0.0.1:5432,
//                     else a private throw-away cluster started and stopped here)
// Each run writes test-results/summary-<mode>.json and ends with a line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './lib/chromium.mjs';
import { ensurePostgres } from './lib/postgres.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const args = new Set(process.argv.slice(2));
const mode = args.has('--pg') ? 'pg' : args.has('--browser-only') ? 'browser' : 'pglite';
mkdirSync('test-results', { recursive: true });

/** @type {{ name: string, passed: number, failed: number, skipped: number }[]} */
const results = [];

function run(name, cmd, cmdArgs, env = {}) {
  console.log(`\n▶ ${name}: ${cmd} ${cmdArgs.join(' ')}`);
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function step(name, cmd, cmdArgs) {
  const ok = run(name, cmd, cmdArgs);
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
}

function vitest(name, projects, env = {}) {
  const out = path.join('test-results', `vitest-${name}.json`);
  rmSync(out, { force: true });
  const ok = run(
    name,
    'npx',
    ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
    env,
  );
  if (!existsSync(out)) {
    results.push({ name, passed: 0, failed: 1, skipped: 0 });
    return;
  }
  const j = JSON.parse(readFileSync(out, 'utf8'));
  // A suite that fails to load counts as a failure even when no test inside it ran.
  const brokenFiles = (j.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
  const failed = j.numFailedTests + brokenFiles + (ok || j.numFailedTests + brokenFiles > 0 ? 0 : 1);
  results.push({ name, passed: j.numPassedTests, failed, skipped: j.numPendingTests + (j.numTodoTests ?? 0) });
}

let cleanup = async () => {};
try {
  if (mode === 'pglite') {
    step('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
    step('typecheck', 'npm', ['run', '--silent', 'typecheck']);
    vitest('pglite', ['unit', 'api', 'web'], { KETEN_TEST_PG_URL: '' });
  }
  if (mode === 'pglite' || mode === 'browser') {
    const chromium = ensureChromium();
    if (!chromium.ok) {
      console.error(`\nBrowser tests need Chromium: ${chromium.message}`);
      results.push({ name: 'browser', passed: 0, failed: 1, skipped: 0 });
    } else if (run('build web', 'npm', ['run', '--silent', 'build:web'])) {
      vitest('browser', ['browser'], { KETEN_TEST_PG_URL: '', CHROMIUM_PATH: chromium.path });
    } else {
      results.push({ name: 'build web', passed: 0, failed: 1, skipped: 0 });
    }
  }
  if (mode === 'pg') {
    const pg = await ensurePostgres();
    cleanup = pg.stop;
    console.log(`PostgreSQL for tests: ${pg.description}`);
    vitest('pg', ['unit', 'api'], { KETEN_TEST_PG_URL: pg.url });
  }
} finally {
  await cleanup();
}

const total = results.reduce(
  (a, r) => ({ passed: a.passed + r.passed, failed: a.failed + r.failed, skipped: a.skipped + r.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
writeFileSync(path.join('test-results', `summary-${mode}.json`), JSON.stringify({ mode, results, ...total }, null, 2));
console.log('\nSuites:');
for (const r of results) {
  console.log(`  ${r.failed ? '✗' : '✓'} ${r.name}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
}
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
