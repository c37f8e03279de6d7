// `npm run bench [-- <name …>] [--scale N] [--out file]`: runs benchmarks and writes
// bench-results.json. Figures are reported as ratios against baselines measured in the same run.
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { Benchmark, BenchResult } from './harness.ts';
import { writeResults } from './harness.ts';
import { httpBaseline } from './http-baseline.bench.ts';
import { signalsBench } from './signals.bench.ts';
import { fuzzBench } from './fuzz.bench.ts';
import { statisticsBench } from './statistics.bench.ts';
import { loadBench } from './load.bench.ts';
import { crashBench } from './crash.bench.ts';
import { casesBench } from './cases.bench.ts';

const BENCHMARKS: Record<string, Benchmark> = {
  'http-baseline': httpBaseline,
  signals: signalsBench,
  fuzz: fuzzBench,
  statistics: statisticsBench,
  load: loadBench,
  crash: crashBench,
  cases: casesBench,
};

async function pgAvailable(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { scale: { type: 'string', default: '0.2' }, out: { type: 'string', default: 'bench-results.json' }, list: { type: 'boolean', default: false } },
});
if (values.list) {
  console.log(Object.keys(BENCHMARKS).join('\n'));
  process.exit(0);
}
const scale = Number(values.scale);
if (!Number.isFinite(scale) || scale <= 0) {
  console.error('--scale must be a positive number');
  process.exit(2);
}
const names = positionals.length ? positionals : Object.keys(BENCHMARKS);
const unknown = names.filter((n) => !(n in BENCHMARKS));
if (unknown.length) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${Object.keys(BENCHMARKS).join(', ')}`);
  process.exit(2);
}
const candidate = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const pgUrl = (await pgAvailable(candidate)) ? candidate : null;
if (!pgUrl) {
  console.log('No PostgreSQL reachable: PostgreSQL figures are skipped (set DATABASE_URL).');
}
const results: BenchResult[] = [];
for (const name of names) {
  const bench = BENCHMARKS[name];
  if (!bench) {
    continue;
  }
  console.log(`\n▶ ${name} (scale ${scale})`);
  const r = await bench({ scale, pgUrl, log: (m) => console.log(`  ${m}`) });
  for (const x of r) {
    console.log(`  ${x.name}${x.database ? ` [${x.database}]` : ''}: ${JSON.stringify(x.metrics)} ${x.ratios ? JSON.stringify(x.ratios) : ''}`);
  }
  results.push(...r);
}
writeResults(values.out, scale, results);
console.log(`\nWrote ${values.out}`);
