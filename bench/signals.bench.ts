import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { BUILTIN_CATALOGUES } from '@keten/shared/signals/catalogues/index';
import { evaluateGuidance, type GuidanceInput, type SignalSubmission } from '@keten/shared';
import { loadDirectoryContacts } from '../apps/server/src/signals/directory.ts';
import { nextReference } from '../apps/server/src/signals/signal.service.ts';
import { signals } from '../apps/server/src/signals/signal.schema.ts';
import { loginAs } from '../tests/support/auth.ts';
import { createTestApp } from '../tests/support/test-app.ts';
import type { Benchmark, BenchResult } from './harness.ts';
import { percentile, round } from './harness.ts';

const DISTRICTS = ['brussels', 'antwerp', 'liege', 'east_flanders', 'hainaut', 'leuven', 'limburg', 'namur'] as const;
const SECTORS = ['construction', 'hospitality', 'prostitution_escort', 'domestic_work', 'agriculture', 'retail_night_shops', 'car_wash'] as const;
const NATIONALITIES = ['RO', 'BG', 'MA', 'NG', 'BR', 'UA', 'IN', 'VN', 'BE', 'AF', 'ER', 'PH'];

/** A realistic fictional signal: a mix of districts, sectors, minors, anonymous notifications. */
function fakeSignal(i: number): SignalSubmission {
  const general = BUILTIN_CATALOGUES.find((c) => c.key === 'general')!;
  const anonymous = i % 4 === 0;
  const minor = i % 9 === 0 ? 'yes' : i % 13 === 0 ? 'unsure' : 'no';
  const ticks = general.indicators.filter((_, n) => (i + n) % 3 === 0).map((ind) => ({ catalogue: 'general', id: ind.id }));
  return {
    id: randomUUID(),
    consent: minor !== 'no' ? 'not_needed_minor' : anonymous ? 'no' : 'yes',
    traces: i % 2 === 0 ? [{ kind: 'phone', value: `+3247${String(1000000 + (i % 900000)).padStart(7, '0')}` }] : [],
    indicators: { catalogueVersions: [{ key: 'general', version: general.version }], ticks },
    assessment: { forms: i % 3 === 0 ? ['labour'] : i % 5 === 0 ? ['sexual'] : [], smuggling: 'none', exploitationCountry: 'BE' },
    context: {
      encounteredOn: '2026-11-01',
      judicialDistrict: DISTRICTS[i % DISTRICTS.length]!,
      sector: SECTORS[i % SECTORS.length]!,
      howEncountered: 'patrol_or_check',
      immediateDanger: i % 50 === 0,
    },
    person: {
      ...(anonymous && minor === 'no' ? {} : { familyName: `Fictief${i}`, givenName: 'Demo' }),
      minor,
      ageYears: minor === 'yes' ? 15 : 20 + (i % 40),
      gender: i % 2 ? 'female' : 'male',
      nationality: NATIONALITIES[i % NATIONALITIES.length]!,
      languages: ['en'],
      interpreterNeeded: false,
      unaccompanied: minor === 'no' ? null : 'unsure',
      personCount: 1,
    },
  };
}

export const signalsBench: Benchmark = async (ctx) => {
  const out: BenchResult[] = [];
  const total = Math.max(200, Math.round(10_000 * ctx.scale));
  const clients = 20;

  // Guidance evaluation: pure, in process.
  {
    const evaluations = Math.max(10_000, Math.round(100_000 * Math.min(1, ctx.scale * 5)));
    const t = await createTestApp({ demo: true });
    const directory = await loadDirectoryContacts(t.database.db);
    await t.close();
    const inputs: GuidanceInput[] = Array.from({ length: 500 }, (_, i) => {
      const s = fakeSignal(i);
      return {
        immediateDanger: s.context.immediateDanger,
        minor: s.person.minor,
        unaccompanied: s.person.unaccompanied,
        nationality: s.person.nationality,
        judicialDistrict: s.context.judicialDistrict,
        languages: s.person.languages,
        forms: s.assessment.forms,
        smuggling: s.assessment.smuggling,
        exploitationCountry: s.assessment.exploitationCountry,
        consent: s.consent,
        ticks: s.indicators.ticks,
      };
    });
    const catalogues = [...BUILTIN_CATALOGUES];
    const start = performance.now();
    for (let n = 0; n < evaluations; n++) {
      evaluateGuidance(inputs[n % inputs.length]!, { catalogues, directory });
    }
    const ms = performance.now() - start;
    out.push({
      name: 'guidance-evaluation',
      description: `evaluateGuidance over ${evaluations} realistic inputs with all ${catalogues.length} built-in catalogues and the demo directory`,
      metrics: { evaluations, microsecondsPerEvaluation: round((ms * 1000) / evaluations, 2) },
      notes: ['target: well under a millisecond per evaluation (reported, not asserted)'],
    });
  }

  const targets: ('pglite' | 'postgresql')[] = ctx.pgUrl ? ['pglite', 'postgresql'] : ['pglite'];
  for (const kind of targets) {
    if (kind === 'postgresql') {
      process.env.KETEN_TEST_PG_URL = ctx.pgUrl ?? '';
    } else {
      delete process.env.KETEN_TEST_PG_URL;
    }
    const t = await createTestApp({ demo: true, env: { KETEN_SIGNAL_RATE_PER_MINUTE: '1000000' } });
    try {
      const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
      const session = await loginAs(t.app, t.database, 'reporter');
      const items = Array.from({ length: total }, (_, i) => fakeSignal(i));
      ctx.log(`${kind}: submitting ${total} signals with ${clients} concurrent clients`);
      const latencies: number[] = [];
      let errors = 0;
      let next = 0;
      const startApi = performance.now();
      await Promise.all(
        Array.from({ length: clients }, async () => {
          while (next < items.length) {
            const s = items[next++]!;
            const t0 = performance.now();
            const res = await fetch(`${base}/api/signals`, { method: 'POST', headers: { 'content-type': 'application/json', ...session.headers }, body: JSON.stringify(s) });
            latencies.push(performance.now() - t0);
            if (res.status !== 201) {
              errors++;
            }
            await res.arrayBuffer();
          }
        }),
      );
      const apiMs = performance.now() - startApi;
      latencies.sort((a, b) => a - b);

      // Baseline: the same number of rows inserted directly with Drizzle (encrypted identity, same shape).
      ctx.log(`${kind}: direct Drizzle insert of ${total} rows`);
      const startDirect = performance.now();
      let n2 = 0;
      await Promise.all(
        Array.from({ length: kind === 'pglite' ? 1 : clients }, async () => {
          while (n2 < total) {
            const i = n2++;
            const s = fakeSignal(i + total);
            await t.database.db.transaction(async (tx) => {
              const reference = await nextReference(tx, 'SIG');
              await tx.insert(signals).values({
                id: s.id,
                reference,
                kind: 'professional',
                encounteredOn: s.context.encounteredOn,
                judicialDistrict: s.context.judicialDistrict,
                sector: s.context.sector,
                minor: s.person.minor,
                gender: s.person.gender,
                nationality: s.person.nationality,
                forms: s.assessment.forms,
                indicators: s.indicators.ticks.map((x) => ({ ...x, version: 1 })),
                familyName: t.crypto.cipher.encryptNullable(s.person.familyName ?? null, { table: 'signals', row: s.id, column: 'family_name' }),
              });
            });
          }
        }),
      );
      const directMs = performance.now() - startDirect;
      const apiRps = (total / apiMs) * 1000;
      const directRps = (total / directMs) * 1000;
      out.push({
        name: 'signal-submission',
        description: `${total} signals through POST /api/signals (validation, guidance, encryption, routing grants, audit chain) with ${clients} concurrent clients, vs a direct Drizzle insert of the same rows`,
        database: kind,
        metrics: {
          signals: total,
          apiSignalsPerSecond: round(apiRps),
          p50Ms: round(percentile(latencies, 50)),
          p95Ms: round(percentile(latencies, 95)),
          p99Ms: round(percentile(latencies, 99)),
          errors,
          directInsertRowsPerSecond: round(directRps),
        },
        ratios: { apiVsDirectInsert: round(apiRps / directRps, 3) },
      });
    } finally {
      await t.close();
    }
  }
  return out;
};
