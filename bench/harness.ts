import { writeFileSync, existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** One benchmark: its figures and, where it has one, the baseline it is compared with. */
export interface BenchResult {
  name: string;
  description: string;
  database?: 'pglite' | 'postgresql';
  metrics: Record<string, number>;
  /** Ratios against a baseline measured in the same run (e.g. API vs bare Fastify). */
  ratios?: Record<string, number>;
  notes?: string[];
}

export interface BenchContext {
  scale: number;
  pgUrl: string | null;
  log(msg: string): void;
}

export type Benchmark = (ctx: BenchContext) => Promise<BenchResult[]>;

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) {
    return 0;
  }
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx] ?? 0;
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export function writeResults(file: string, scale: number, results: BenchResult[]): void {
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { results?: BenchResult[] }) : {};
  // Results of benchmarks not run this time are kept, so `npm run bench -- <name>` updates one entry.
  const byName = new Map((previous.results ?? []).map((r) => [`${r.name}|${r.database ?? ''}`, r]));
  for (const r of results) {
    byName.set(`${r.name}|${r.database ?? ''}`, r);
  }
  const out = {
    generatedAt: new Date().toISOString(),
    scale,
    machine: { cpus: os.cpus().length, memoryGiB: round(os.totalmem() / 2 ** 30, 1), node: process.version, platform: `${os.platform()} ${os.arch()}` },
    results: [...byName.values()],
  };
  writeFileSync(path.resolve(file), JSON.stringify(out, null, 2) + '\n');
}
