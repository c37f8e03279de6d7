import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { Task } from '@keten/shared';
import { queryRows } from '../apps/server/src/db/types.ts';
import { DEADLINE_SCAN_CHUNK, scanDeadlines } from '../apps/server/src/tasks/deadline-scan.ts';
import { demoUser, loginAs } from '../tests/support/auth.ts';
import { orgId } from '../tests/support/cases.ts';
import { createTestApp, type TestApp } from '../tests/support/test-app.ts';
import type { Benchmark, BenchResult } from './harness.ts';
import { percentile, round } from './harness.ts';

/*
 * Cases at national-referral scale and far beyond: at --scale 1, 100,000 victim files and
 * 1,000,000 tasks (Belgium opens a few hundred files a year). Data is generated in bulk SQL
 * (`INSERT … SELECT generate_series`), never through the API: identity columns hold random-looking
 * bytes of ciphertext size (the figures measured never decrypt them). Then, through the real
 * routes (app.inject: session, scope, validation, presenter, serialisation) against the same
 * question asked in hand-written SQL:
 *   - a caseworker's task list (`GET /api/tasks?mine=true`),
 *   - a file's timeline (`GET /api/victim-files/:id/timeline`),
 * and the deadline scan run as the chunked job it is.
 *
 * Distributions (per file i, per task j; 10 tasks per file):
 *   owner centre 40 % PAG-ASA / 35 % Payoke / 25 % Sürya; 20 caseworkers per centre, the demo
 *   caseworker holding one PAG-ASA share; status 25 % active, 15 % follow-up, 55 % closed,
 *   5 % closed-referred; opened evenly over five years; 30 % referred to the police, 10 % to the
 *   Immigration Office (half of those grants since revoked); 60 % with a procedure (3 events);
 *   8 audit events per file. Tasks: two documents with 30/14/7-day reminders, a reflection end, a
 *   magistrate confirmation (at the prosecutor's office), a later document, an unanswered referral;
 *   20 % unassigned; open only while the file is open and the deadline at most 30 days past.
 */

const DAY = "interval '1 day'";

function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  return fn().then((value) => ({ ms: performance.now() - start, value }));
}

function stats(samples: number[]): Record<string, number> {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
  return { meanMs: round(mean, 3), p50Ms: round(percentile(sorted, 50), 3), p95Ms: round(percentile(sorted, 95), 3) };
}

/** `ARRAY[...]::uuid[]` of 20 slots: the owner of file i is slot i % 20. */
/** A deterministic, valid (version 4, RFC variant) uuid from a text: md5 with the version and variant digits set. */
function uuidOf(text: string): string {
  return `(overlay(overlay(md5(${text}) placing '4' from 13) placing '8' from 17))::uuid`;
}

function ownerSlots(pagasa: string, payoke: string, surya: string): string {
  const slots = [...Array<string>(8).fill(pagasa), ...Array<string>(7).fill(payoke), ...Array<string>(5).fill(surya)];
  return `ARRAY[${slots.map((s) => `'${s}'`).join(',')}]::uuid[]`;
}

async function generate(t: TestApp, files: number, log: (m: string) => void): Promise<{ pagasa: string; caseworker: string; ms: Record<string, number> }> {
  const db = t.database.db;
  const pagasa = await orgId(t, 'centre-pagasa');
  const owners = ownerSlots(pagasa, await orgId(t, 'centre-payoke'), await orgId(t, 'centre-surya'));
  const police = await orgId(t, 'fgp-brussel-thb');
  const immigration = await orgId(t, 'dvz-minteh');
  const parquet = await orgId(t, 'parquet-bruxelles');
  const caseworker = demoUser('caseworker').id;
  const fileId = (i: string) => uuidOf(`'vf' || ${i}`);
  const owner = (i: string) => `(${owners})[1 + ${i} % 20]`;
  // One PAG-ASA caseworker in 20 is the demo caseworker; the others are stand-in ids.
  const worker = (i: string) => `CASE WHEN ${i} % 20 < 8 AND (${i} / 20) % 20 = 0 THEN '${caseworker}'::uuid ELSE ${uuidOf(`'cw' || (${i} % 20) || '-' || ((${i} / 20) % 20)`)} END`;
  const opened = (i: string) => `(now() - (${i} % 1825) * ${DAY})`;
  const ms: Record<string, number> = {};
  const step = async (name: string, query: string) => {
    const { ms: took } = await timed(() => db.execute(sql.raw(query)));
    ms[name] = round(took);
    log(`generated ${name} in ${String(round(took / 1000, 1))} s`);
  };

  await step(
    'victimFiles',
    `INSERT INTO victim_files (id, reference, status, closing_reason, caseworker_user_id, family_name, given_name, birth_date, document_numbers, document_number_idx, name_trgm, name_phonetic, minor, languages, judicial_district, forms, created_at, updated_at)
     SELECT ${fileId('i')}, 'VFB-' || lpad(i::text, 7, '0'),
       (ARRAY['active','active','active','active','active','follow_up','follow_up','follow_up','closed','closed','closed','closed','closed','closed','closed','closed','closed','closed','closed','closed_referred'])[1 + (i * 7) % 20],
       CASE WHEN (i * 7) % 20 >= 8 THEN 'support_completed' END,
       ${worker('i')},
       '\\x0101'::bytea || sha256(('f' || i)::bytea) || sha256(('g' || i)::bytea),
       '\\x0101'::bytea || sha256(('n' || i)::bytea),
       '\\x0101'::bytea || sha256(('b' || i)::bytea),
       '\\x0101'::bytea || sha256(('d' || i)::bytea) || sha256(('e' || i)::bytea),
       ARRAY[encode(sha256(('x' || i)::bytea), 'hex')],
       ARRAY[(i * 31) % 65536, (i * 17) % 65536, (i * 13) % 65536, i % 4096],
       ARRAY[(i * 3) % 8192, i % 512],
       CASE WHEN i % 9 = 0 THEN 'yes' WHEN i % 13 = 0 THEN 'unsure' ELSE 'no' END,
       ARRAY[(ARRAY['ro','bg','ar','en','fr','nl','pt','uk','vi','ti'])[1 + i % 10]],
       (ARRAY['brussels','antwerp','liege','east_flanders','hainaut','leuven','limburg','namur'])[1 + i % 8],
       CASE WHEN i % 3 = 0 THEN ARRAY['labour'] WHEN i % 5 = 0 THEN ARRAY['sexual'] ELSE ARRAY['labour','sexual'] END,
       ${opened('i')}, ${opened('i')}
     FROM generate_series(0, ${String(files - 1)}) AS i`,
  );
  await step(
    'grants',
    `INSERT INTO record_access (record_type, record_id, organisation_id, relationship, granted_at, revoked_at)
     SELECT 'victim_file', ${fileId('i')}, ${owner('i')}, 'owner', ${opened('i')}, NULL FROM generate_series(0, ${String(files - 1)}) AS i
     UNION ALL
     SELECT 'victim_file', ${fileId('i')}, CASE WHEN i % 10 < 3 THEN '${police}'::uuid ELSE '${immigration}'::uuid END, 'referred', ${opened('i')},
       CASE WHEN i % 2 = 0 THEN ${opened('i')} + 60 * ${DAY} END
     FROM generate_series(0, ${String(files - 1)}) AS i WHERE i % 10 < 4`,
  );
  await step(
    'procedures',
    `INSERT INTO procedures (id, victim_file_id, country, config_version, phase, status, started_on)
     SELECT ${uuidOf(`'pr' || i`)}, ${fileId('i')}, 'BE', 1,
       (ARRAY['reflection','provisional_stay','temporary_stay','permanent_stay'])[1 + i % 4],
       CASE WHEN i % 20 >= 8 THEN 'ended' ELSE 'running' END, (${opened('i')})::date
     FROM generate_series(0, ${String(files - 1)}) AS i WHERE i % 5 < 3`,
  );
  await step(
    'procedureEvents',
    `INSERT INTO procedure_events (procedure_id, kind, code, from_phase, to_phase, occurred_on, organisation_id, created_at)
     SELECT ${uuidOf(`'pr' || i`)}, CASE WHEN k = 0 THEN 'started' ELSE 'transition' END,
       (ARRAY['started','start_reflection','statements_made'])[1 + k], (ARRAY[NULL,'detection','reflection'])[1 + k],
       (ARRAY['detection','reflection','provisional_stay'])[1 + k], (${opened('i')} + k * 20 * ${DAY})::date, ${owner('i')}, ${opened('i')} + k * 20 * ${DAY}
     FROM generate_series(0, ${String(files - 1)}) AS i CROSS JOIN generate_series(0, 2) AS k WHERE i % 5 < 3`,
  );
  await step(
    'auditEvents',
    `INSERT INTO audit_events (stream, seq, occurred_at, actor_kind, actor_id, actor_organisation_id, actor_roles, action, record_type, record_id, sections, details, prev_hash, hash)
     SELECT 'bench', i * 8 + k, ${opened('i')} + k * 7 * ${DAY}, 'user', (${worker('i')})::text, ${owner('i')}, ARRAY['centre_caseworker'],
       (ARRAY['victim_file.created','record.viewed','victim_file.updated','victim_file.note_added','record.viewed','referral.sent','procedure.transitioned','record.viewed'])[1 + k],
       'victim_file', (${fileId('i')})::text, ARRAY['ID'], '{}'::jsonb, '', ''
     FROM generate_series(0, ${String(files - 1)}) AS i CROSS JOIN generate_series(0, 7) AS k`,
  );
  // Task j belongs to file j / 10; k = j % 10 says which deadline it is.
  const due = `(${opened('(j / 10)')} + (ARRAY[90,90,90,270,270,270,45,14,450,1])[1 + j % 10] * ${DAY})`;
  const lead = `(ARRAY[30,14,7,30,14,7,7,NULL,7,NULL]::int[])[1 + j % 10]`;
  const remindAt = `(${due} - coalesce(${lead}, 0) * ${DAY})`;
  const fileOpen = `((j / 10) * 7) % 20 < 8`;
  await step(
    'tasks',
    `INSERT INTO tasks (kind, record_type, record_id, organisation_id, assignee_user_id, due_at, remind_at, lead_days, status, dedupe_key, reminded_at, created_at)
     SELECT (ARRAY['document_expiring','document_expiring','document_expiring','document_expiring','document_expiring','document_expiring','reflection_ending','confirmation_pending','document_expiring','referral_unanswered'])[1 + j % 10],
       CASE WHEN j % 10 = 9 THEN 'referral' ELSE 'victim_file' END,
       CASE WHEN j % 10 = 9 THEN ${uuidOf(`'ref' || (j / 10)`)} ELSE ${fileId('(j / 10)')} END,
       CASE WHEN j % 10 = 7 THEN '${parquet}'::uuid ELSE ${owner('(j / 10)')} END,
       CASE WHEN j % 5 = 4 OR j % 10 = 7 THEN NULL ELSE ${worker('(j / 10)')} END,
       ${due}, ${remindAt}, ${lead},
       CASE WHEN ${fileOpen} AND ${due} > now() - 30 * ${DAY} THEN 'open' ELSE 'done' END,
       'bench:' || j,
       CASE WHEN ${remindAt} < now() - 3 * ${DAY} THEN ${remindAt} END,
       ${opened('(j / 10)')}
     FROM generate_series(0, ${String(files * 10 - 1)}) AS j`,
  );
  const { ms: analyseMs } = await timed(() => db.execute(sql.raw('ANALYZE')));
  ms.analyse = round(analyseMs);
  return { pagasa, caseworker, ms };
}

export const casesBench: Benchmark = async (ctx) => {
  const out: BenchResult[] = [];
  const files = Math.max(500, Math.round(100_000 * ctx.scale));
  const kind: 'pglite' | 'postgresql' = ctx.pgUrl ? 'postgresql' : 'pglite';
  if (ctx.pgUrl) {
    // A throw-away database on that server (created and dropped by the test support).
    process.env.KETEN_TEST_PG_URL = ctx.pgUrl;
  } else {
    delete process.env.KETEN_TEST_PG_URL;
  }
  const t = await createTestApp({ demo: true });
  try {
    const db = t.database.db;
    ctx.log(`${kind}: generating ${String(files)} victim files and ${String(files * 10)} tasks`);
    const { pagasa, caseworker, ms: genMs } = await timed(() => generate(t, files, ctx.log)).then((r) => r.value);
    const session = await loginAs(t.app, t.database, 'caseworker');
    const iterations = 30;

    // --- a caseworker's task list -------------------------------------------------------------
    const api: number[] = [];
    const raw: number[] = [];
    let listed = 0;
    let overdue = 0;
    const rawQuery = sql`SELECT id, kind, record_type, record_id, organisation_id, assignee_user_id, due_at, lead_days, status
      FROM tasks WHERE organisation_id = ${pagasa} AND status = 'open' AND (assignee_user_id = ${caseworker} OR assignee_user_id IS NULL)
      ORDER BY due_at, lead_days LIMIT 500`;
    for (let n = 0; n < iterations + 3; n++) {
      const a = await timed(() => t.app.inject({ method: 'GET', url: '/api/tasks?mine=true', headers: { cookie: session.cookie } }));
      const r = await timed(() => queryRows(db, rawQuery));
      if (a.value.statusCode !== 200) {
        throw new Error(`task list: ${String(a.value.statusCode)} ${a.value.body}`);
      }
      if (n >= 3) {
        api.push(a.ms);
        raw.push(r.ms);
      }
      const data = a.value.json<{ data: Task[] }>().data;
      listed = data.length;
      overdue = data.filter((x) => x.overdue).length;
    }
    const apiStats = stats(api);
    const rawStats = stats(raw);
    out.push({
      name: 'cases-task-list',
      description: `GET /api/tasks?mine=true for a PAG-ASA caseworker (session, validation, one line per deadline, overdue flag, serialisation) vs the same SELECT in SQL; ${String(files * 10)} tasks in the table`,
      database: kind,
      metrics: { files, tasks: files * 10, linesListed: listed, overdueLines: overdue, apiMeanMs: apiStats.meanMs ?? 0, apiP95Ms: apiStats.p95Ms ?? 0, rawMeanMs: rawStats.meanMs ?? 0, rawP95Ms: rawStats.p95Ms ?? 0 },
      ratios: { apiVsRawSql: round((apiStats.meanMs ?? 0) / Math.max(0.001, rawStats.meanMs ?? 0), 2) },
    });

    // --- a file's timeline ---------------------------------------------------------------------
    const sample = await queryRows<{ id: string }>(
      db,
      sql`SELECT v.id FROM victim_files v JOIN record_access a ON a.record_id = v.id AND a.relationship = 'owner' AND a.organisation_id = ${pagasa} JOIN procedures p ON p.victim_file_id = v.id ORDER BY v.id LIMIT ${iterations}`,
    );
    const apiT: number[] = [];
    const rawT: number[] = [];
    let entries = 0;
    for (const [n, { id }] of [...sample.slice(0, 3), ...sample].entries()) {
      const a = await timed(() => t.app.inject({ method: 'GET', url: `/api/victim-files/${id}/timeline`, headers: { cookie: session.cookie } }));
      const r = await timed(async () => {
        const audit = await queryRows(db, sql`SELECT occurred_at, action, actor_organisation_id FROM audit_events WHERE record_type = 'victim_file' AND record_id = ${id} ORDER BY occurred_at`);
        const events = await queryRows(db, sql`SELECT e.occurred_on, e.code, e.organisation_id FROM procedure_events e JOIN procedures p ON p.id = e.procedure_id WHERE p.victim_file_id = ${id}`);
        return audit.length + events.length;
      });
      if (a.value.statusCode !== 200) {
        throw new Error(`timeline: ${String(a.value.statusCode)} ${a.value.body}`);
      }
      if (n >= 3) {
        apiT.push(a.ms);
        rawT.push(r.ms);
        entries = r.value;
      }
    }
    const apiTs = stats(apiT);
    const rawTs = stats(rawT);
    out.push({
      name: 'cases-file-timeline',
      description: `GET /api/victim-files/:id/timeline over ${String(sample.length)} PAG-ASA files (session, scope check, owner rule, audit + procedure events) vs the two SELECTs in SQL without the access check; ${String(files * 8)} audit rows in the table`,
      database: kind,
      metrics: { files, auditRows: files * 8, entriesPerTimeline: entries, apiMeanMs: apiTs.meanMs ?? 0, apiP95Ms: apiTs.p95Ms ?? 0, rawMeanMs: rawTs.meanMs ?? 0, rawP95Ms: rawTs.p95Ms ?? 0 },
      ratios: { apiVsRawSql: round((apiTs.meanMs ?? 0) / Math.max(0.001, rawTs.meanMs ?? 0), 2) },
    });

    // --- the deadline scan as chunked jobs --------------------------------------------------------
    const [due] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM tasks WHERE status = 'open' AND reminded_at IS NULL AND remind_at <= now()`);
    const scan = await timed(() => scanDeadlines(db, t.jobs, new Date(), DEADLINE_SCAN_CHUNK));
    const again = await timed(() => scanDeadlines(db, t.jobs, new Date(), DEADLINE_SCAN_CHUNK));
    out.push({
      name: 'cases-deadline-scan',
      description: `scanDeadlines over ${String(files * 10)} tasks in chunks of ${String(DEADLINE_SCAN_CHUNK)} (one transaction per chunk: in-app notice, mail job, mark reminded), then an idle re-scan`,
      database: kind,
      metrics: {
        tasks: files * 10,
        remindersDue: due?.n ?? 0,
        reminders: scan.value.reminders,
        chunks: scan.value.chunks,
        scanMs: round(scan.ms),
        remindersPerSecond: round((scan.value.reminders / Math.max(1, scan.ms)) * 1000),
        msPerChunk: round(scan.ms / Math.max(1, scan.value.chunks), 2),
        idleRescanMs: round(again.ms, 2),
        idleRescanReminders: again.value.reminders,
      },
      notes: [`generation (bulk SQL, ms): ${JSON.stringify(genMs)}`],
    });
  } finally {
    await t.close();
  }
  return out;
};
