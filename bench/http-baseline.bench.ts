import autocannon from 'autocannon';
import Fastify from 'fastify';
import type { Benchmark, BenchResult } from './harness.ts';
import { round } from './harness.ts';
import { createTestApp } from '../tests/support/test-app.ts';

async function load(url: string, seconds: number, connections: number): Promise<autocannon.Result> {
  return autocannon({ url, connections, duration: seconds, pipelining: 1 });
}

/**
 * The cost of Keten's HTTP stack (helmet, request ids, zod, error handling, database round trip)
 * relative to a bare Fastify endpoint, measured in the same run on the same machine.
 */
export const httpBaseline: Benchmark = async (ctx) => {
  const seconds = Math.max(2, Math.round(5 * ctx.scale));
  const connections = 20;
  const bare = Fastify();
  bare.get('/ping', async () => ({ ok: true }));
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });
  const out: BenchResult[] = [];
  try {
    ctx.log(`bare Fastify: ${seconds}s × ${connections} connections`);
    const b = await load(`${bareUrl}/ping`, seconds, connections);
    const targets: { kind: 'pglite' | 'postgresql'; env: Record<string, string> }[] = [{ kind: 'pglite', env: {} }];
    if (ctx.pgUrl) {
      targets.push({ kind: 'postgresql', env: {} });
    }
    for (const target of targets) {
      if (target.kind === 'postgresql') {
        process.env.KETEN_TEST_PG_URL = ctx.pgUrl ?? '';
      } else {
        delete process.env.KETEN_TEST_PG_URL;
      }
      const t = await createTestApp();
      const url = await t.app.listen({ port: 0, host: '127.0.0.1' });
      try {
        ctx.log(`Keten /api/health on ${target.kind}`);
        const k = await load(`${url}/api/health`, seconds, connections);
        out.push({
          name: 'http-baseline',
          description: 'GET /api/health (database ping, migration and job-queue state) vs a bare Fastify endpoint, 20 connections',
          database: target.kind,
          metrics: {
            bareRps: round(b.requests.average),
            ketenRps: round(k.requests.average),
            ketenP50Ms: k.latency.p50,
            ketenP99Ms: k.latency.p99,
            ketenErrors: k.errors + k.non2xx,
          },
          ratios: { ketenVsBare: round(k.requests.average / b.requests.average, 3) },
        });
      } finally {
        await t.close();
      }
    }
  } finally {
    await bare.close();
  }
  return out;
};
