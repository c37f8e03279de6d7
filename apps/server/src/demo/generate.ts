import { randomBytes } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { Db, Executor } from '../db/types.ts';
import { queryRows } from '../db/types.ts';

/*
 * Generated fictional volume for statistics and benchmarks (`npm run keten -- demo generate
 * --signals N --files M`): signals with realistic distributions — forms of exploitation, sectors
 * that go with them, nationalities, judicial districts, months over several years with growth —
 * and victim files opened from part of them, with the referral to the centre, the protection
 * procedure and the residence documents issued. No names, no identities: only the coded fields
 * statistics count. Everything is inserted by INSERT … SELECT over generate_series, in chunks,
 * so 1,000,000 signals take seconds on PostgreSQL. Never in production (the command refuses).
 */

type Weighted = readonly (readonly [string, number])[];

/** A weighted choice in SQL: CASE over the cumulative thresholds of `r` (uniform 0–1). */
function pick(weights: Weighted, r: SQL): SQL {
  const total = weights.reduce((a, [, w]) => a + w, 0);
  let cum = 0;
  const branches = weights.slice(0, -1).map(([v, w]) => {
    cum += w / total;
    return sql`WHEN ${r} < ${sql.raw(cum.toFixed(6))} THEN ${sql.raw(literal(v))}`;
  });
  const last = weights[weights.length - 1]?.[0] ?? 'NULL';
  return sql`(CASE ${sql.join(branches, sql` `)} ELSE ${sql.raw(literal(last))} END)`;
}

/** Our own constants only (never input): a quoted literal, an ARRAY literal, or NULL. */
function literal(v: string): string {
  if (v === 'NULL' || v.startsWith('ARRAY[') || v.startsWith("'{}'")) {
    return v;
  }
  if (!/^[A-Za-z0-9_:+-]*$/.test(v)) {
    throw new Error(`not a generator constant: ${v}`);
  }
  return `'${v}'`;
}

// Shares loosely follow Myria's annual reports (labour and sexual exploitation dominate; forced
// criminality rising) and the nationalities met in Belgian files. Fictional, for volume only.
const FORMS: Weighted = [
  ["ARRAY['labour']::text[]", 44],
  ["ARRAY['sexual']::text[]", 32],
  ["ARRAY['forced_criminality']::text[]", 8],
  ["ARRAY['begging']::text[]", 3],
  ["ARRAY['organ_removal']::text[]", 0.2],
  ["ARRAY['labour','forced_criminality']::text[]", 3],
  ["ARRAY['sexual','labour']::text[]", 2],
  ["'{}'::text[]", 7.8],
];
const SECTOR_LABOUR: Weighted = [
  ['construction', 18],
  ['hospitality', 14],
  ['agriculture', 9],
  ['cleaning', 8],
  ['domestic_work', 6],
  ['transport_logistics', 7],
  ['retail_night_shops', 9],
  ['meat_processing', 5],
  ['beauty_nail_bars', 5],
  ['car_wash', 7],
  ['police_inspection', 5],
  ['other', 7],
];
const SECTOR_SEXUAL: Weighted = [
  ['prostitution_escort', 80],
  ['hospitality', 6],
  ['beauty_nail_bars', 4],
  ['police_inspection', 6],
  ['other', 4],
];
const SECTOR_OTHER: Weighted = [
  ['criminal_activity', 35],
  ['begging_street', 25],
  ['police_inspection', 15],
  ['asylum_reception', 8],
  ['social_services', 7],
  ['other', 10],
];
const NATIONALITIES: Weighted = [
  ['RO', 13],
  ['BE', 8],
  ['MA', 8],
  ['BG', 7],
  ['NG', 7],
  ['BR', 5],
  ['UA', 5],
  ['IN', 4],
  ['VN', 4],
  ['AF', 4],
  ['ER', 3],
  ['PH', 3],
  ['CN', 3],
  ['AL', 3],
  ['PK', 3],
  ['TR', 2],
  ['EG', 2],
  ['SY', 2],
  ['TH', 2],
  ['HU', 2],
  ['PL', 2],
  ['NULL', 8],
];
const DISTRICTS: Weighted = [
  ['brussels', 22],
  ['antwerp', 16],
  ['hainaut', 10],
  ['east_flanders', 9],
  ['liege', 9],
  ['west_flanders', 7],
  ['limburg', 6],
  ['leuven', 5],
  ['namur', 4],
  ['walloon_brabant', 3],
  ['luxembourg', 2],
  ['eupen', 1],
  ['NULL', 6],
];
const KINDS: Weighted = [
  ['professional', 72],
  ['anonymous', 22],
  ['public_report', 6],
];
const GENDERS: Weighted = [
  ['female', 47],
  ['male', 50],
  ['other', 0.5],
  ['unknown', 2.5],
];
const AGE_BANDS: Weighted = [
  ['0-11', 1.5],
  ['12-17', 8.5],
  ['18-24', 22],
  ['25-34', 31],
  ['35-44', 19],
  ['45-54', 9],
  ['55-64', 3],
  ['65+', 0.5],
  ['unknown', 5.5],
];
const SIGNAL_STATUSES: Weighted = [
  ['received', 8],
  ['in_triage', 5],
  ['referred', 15],
  ['accepted', 52],
  ['closed', 20],
];
const FILE_STATUSES: Weighted = [
  ['active', 48],
  ['follow_up', 22],
  ['closed', 25],
  ['closed_referred', 5],
];
/** Where the closed statuses start on the cumulative scale of FILE_STATUSES (they get a closing reason). */
const CLOSED_FROM = (() => {
  const total = FILE_STATUSES.reduce((a, [, w]) => a + w, 0);
  const before = FILE_STATUSES.slice(0, FILE_STATUSES.findIndex(([v]) => v === 'closed')).reduce((a, [, w]) => a + w, 0);
  return before / total;
})();
const PHASES: Weighted = [
  ['reflection', 18],
  ['provisional_stay', 30],
  ['temporary_stay', 40],
  ['permanent_stay', 12],
];
const END_REASONS: Weighted = [
  ['stopped_cooperating', 25],
  ['renewed_contact_with_exploiters', 15],
  ['judicial_case_ended', 20],
  ['person_withdrew', 20],
  ['guidance_ended_by_centre', 10],
  ['no_longer_regarded_victim', 10],
];
/** The document of each phase (Belgium: annex 15 → attestation of immatriculation → A card → unlimited). */
const DOCUMENT_OF_PHASE: Record<string, readonly string[]> = {
  reflection: ['annex_15'],
  provisional_stay: ['annex_15', 'attestation_of_immatriculation'],
  temporary_stay: ['annex_15', 'attestation_of_immatriculation', 'registration_certificate_a'],
  permanent_stay: ['annex_15', 'attestation_of_immatriculation', 'registration_certificate_a', 'unlimited_residence'],
};

export interface GenerateOptions {
  signals: number;
  files: number;
  /** 0–1: the same seed and sizes give the same data (PostgreSQL's setseed). */
  seed?: number;
  /** Registrations spread from this date up to now, denser in recent years. */
  from?: string;
  chunk?: number;
  onProgress?: (done: { signals: number; files: number }) => void;
}

export interface GenerateResult {
  run: string;
  signals: number;
  files: number;
  referrals: number;
  procedures: number;
  documents: number;
}

async function orgIds(db: Executor, types: readonly string[]): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(db, sql`SELECT id FROM organisations WHERE type IN (${sql.join(types.map((t) => sql`${t}`), sql`, `)}) ORDER BY id`);
  return rows.map((r) => r.id);
}

const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;
const anyOf = (ids: readonly string[], r: SQL) => sql`(${uuidArray(ids)})[1 + floor(${r} * ${ids.length})::int]`;

/**
 * Inserts the generated records. The demo organisations must exist (signals belong to police
 * units and inspectorates, files to the specialised centres, documents come from the Immigration
 * Office). Each chunk is one transaction, so a large run does not hold one huge transaction.
 */
export async function generateStatisticsData(db: Db, opts: GenerateOptions): Promise<GenerateResult> {
  const chunk = opts.chunk ?? 100_000;
  const run = randomBytes(3).toString('hex').toUpperCase();
  const from = opts.from ?? `${String(new Date().getUTCFullYear() - 5)}-01-01`;
  const reporters = await orgIds(db, ['local_police', 'federal_police_thb', 'labour_inspection', 'social_inspection', 'labour_auditor', 'ngo', 'hospital', 'ocmw_cpas']);
  const centres = await orgIds(db, ['specialised_centre']);
  const immigration = await orgIds(db, ['immigration_office']);
  if (reporters.length === 0 || centres.length === 0 || immigration.length === 0) {
    throw new Error('The demo organisations are missing: run `npm run keten -- demo seed` first.');
  }
  const signalPrefix = `SIG-G${run}-`;
  const filePrefix = `VF-G${run}-`;
  let seeded = false;
  const withSeed = async (fn: (tx: Executor) => Promise<void>) =>
    db.transaction(async (tx) => {
      if (!seeded && opts.seed !== undefined) {
        await tx.execute(sql`SELECT setseed(${opts.seed})`);
        seeded = true;
      }
      await fn(tx);
    });

  for (let start = 1; start <= opts.signals; start += chunk) {
    const end = Math.min(opts.signals, start + chunk - 1);
    await withSeed(async (tx) => {
      await tx.execute(sql`
        INSERT INTO signals (id, reference, kind, status, reporting_organisation_id, judicial_district, sector, minor, age_band, gender,
                             nationality, forms, exploitation_country, consent, created_at, updated_at)
        SELECT gen_random_uuid(), ${signalPrefix} || lpad(q.g::text, 7, '0'), q.kind, q.status, q.org, q.district,
               CASE WHEN 'sexual' = ANY(q.forms) THEN ${pick(SECTOR_SEXUAL, sql`q.r7`)}
                    WHEN 'labour' = ANY(q.forms) THEN ${pick(SECTOR_LABOUR, sql`q.r7`)}
                    ELSE ${pick(SECTOR_OTHER, sql`q.r7`)} END,
               CASE WHEN q.age_band IN ('0-11', '12-17') THEN 'yes' WHEN q.age_band = 'unknown' THEN 'unsure' ELSE 'no' END,
               q.age_band, q.gender, q.nationality, q.forms,
               CASE WHEN q.r8 < 0.93 THEN 'BE' WHEN q.r8 < 0.97 THEN 'NL' ELSE 'FR' END,
               CASE WHEN q.kind = 'anonymous' THEN 'no' WHEN q.age_band IN ('0-11', '12-17') THEN 'not_needed_minor' ELSE 'yes' END,
               q.at, q.at
        FROM (
          SELECT g,
                 ${pick(KINDS, sql`r1`)} AS kind, ${pick(SIGNAL_STATUSES, sql`r2`)} AS status, ${anyOf(reporters, sql`r3`)} AS org,
                 ${pick(DISTRICTS, sql`r4`)} AS district, ${pick(FORMS, sql`r5`)} AS forms, ${pick(AGE_BANDS, sql`r6`)} AS age_band,
                 ${pick(GENDERS, sql`r9`)} AS gender, ${pick(NATIONALITIES, sql`r10`)} AS nationality, r7, r8,
                 -- denser towards now: registrations grow year on year
                 ${from}::timestamptz + sqrt(r11) * (now() - ${from}::timestamptz) AS at
          FROM (SELECT g, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7, random() r8,
                       random() r9, random() r10, random() r11
                FROM generate_series(${start}::int, ${end}::int) g) x
        ) q`);
      await tx.execute(sql`
        INSERT INTO record_access (record_type, record_id, organisation_id, relationship, granted_at)
        SELECT 'signal', s.id, s.reporting_organisation_id, 'owner', s.created_at FROM signals s
        WHERE s.reference >= ${`${signalPrefix}${String(start).padStart(7, '0')}`} AND s.reference <= ${`${signalPrefix}${String(end).padStart(7, '0')}`}`);
    });
    opts.onProgress?.({ signals: end, files: 0 });
  }

  // Victim files: from non-anonymous signals, in reference order, each with its centre.
  const eligible = Math.min(opts.files, opts.signals);
  for (let start = 1; start <= eligible; start += chunk) {
    const size = Math.min(chunk, eligible - start + 1);
    await withSeed(async (tx) => {
      await tx.execute(sql`
        INSERT INTO victim_files (id, reference, signal_id, status, closing_reason, minor, unaccompanied, judicial_district, forms, exploitation_country, created_at, updated_at)
        SELECT gen_random_uuid(), ${filePrefix} || lpad((${start - 1} + row_number() OVER (ORDER BY s.reference))::text, 7, '0'), s.id, ${pick(FILE_STATUSES, sql`q.rs`)},
               CASE WHEN q.rs >= ${sql.raw(CLOSED_FROM.toFixed(6))} THEN 'generated' END,
               s.minor, CASE WHEN s.minor = 'yes' THEN 'no' END, s.judicial_district, s.forms, s.exploitation_country,
               least(now(), s.created_at + (q.r * interval '20 days')), least(now(), s.created_at + (q.r * interval '20 days'))
        FROM (SELECT * FROM signals WHERE reference LIKE ${`${signalPrefix}%`} AND kind <> 'anonymous'
              ORDER BY reference OFFSET ${start - 1} LIMIT ${size}) s
        CROSS JOIN LATERAL (SELECT random() AS rs, random() AS r, s.id AS sid) q`);
    });
    opts.onProgress?.({ signals: opts.signals, files: Math.min(eligible, start + size - 1) });
  }
  const fileWhere = sql`f.reference LIKE ${`${filePrefix}%`}`;
  await withSeed(async (tx) => {
    // Owner centre, the accepted referral from the signal's organisation, a procedure for most files.
    await tx.execute(sql`
      CREATE TEMP TABLE gen_files ON COMMIT DROP AS
      SELECT f.id, f.signal_id, f.created_at, s.created_at AS signal_at, s.reporting_organisation_id AS from_org,
             ${anyOf(centres, sql`random()`)} AS centre, random() AS r1, random() AS r2, random() AS r3, random() AS r4
      FROM victim_files f JOIN signals s ON s.id = f.signal_id WHERE ${fileWhere}`);
    await tx.execute(sql`
      INSERT INTO record_access (record_type, record_id, organisation_id, relationship, granted_at)
      SELECT 'victim_file', id, centre, 'owner', created_at FROM gen_files`);
    await tx.execute(sql`
      INSERT INTO referrals (id, source_type, source_id, victim_file_id, from_organisation_id, from_user_id, to_organisation_id, purpose, urgent,
                             status, consent, sent_at, answer_due_at, responded_at)
      SELECT gen_random_uuid(), 'signal', signal_id, id, from_org, '00000000-0000-4000-8000-000000000000', centre, 'centre_intake', r1 < 0.1,
             'accepted', 'given', signal_at + (r2 * interval '3 days'), signal_at + (r2 * interval '3 days') + interval '2 days',
             least(created_at, signal_at + (r2 * interval '3 days') + (r3 * interval '2 days'))
      FROM gen_files`);
    await tx.execute(sql`
      INSERT INTO procedures (id, victim_file_id, country, config_version, phase, status, started_on, end_reason, ended_on, created_at, updated_at)
      SELECT gen_random_uuid(), id, 'BE', 1, ${pick(PHASES, sql`r3`)},
             CASE WHEN r4 < 0.3 THEN 'ended' ELSE 'running' END, (created_at AT TIME ZONE 'Europe/Brussels')::date,
             CASE WHEN r4 < 0.3 THEN ${pick(END_REASONS, sql`(r4 / 0.3)`)} END,
             CASE WHEN r4 < 0.3 THEN least(current_date, (created_at AT TIME ZONE 'Europe/Brussels')::date + (60 + floor(r2 * 600))::int) END,
             created_at, created_at
      FROM gen_files WHERE r1 < 0.8`);
    const docs = Object.entries(DOCUMENT_OF_PHASE).map(
      ([phase, codes]) => sql`WHEN p.phase = ${phase} THEN ${sql.raw(`ARRAY[${codes.map((c) => `'${c}'`).join(',')}]`)}::text[]`,
    );
    await tx.execute(sql`
      INSERT INTO procedure_requests (id, procedure_id, victim_file_id, kind, phase, document_code, to_organisation_id, to_organisation_type, from_organisation_id,
                                      status, requested_at, requested_on, answered_at, issued_on, expires_on)
      SELECT gen_random_uuid(), p.id, p.victim_file_id, 'document', p.phase, d.code, ${immigration[0] ?? null}::uuid, 'immigration_office', ra.organisation_id,
             'done', p.created_at + (d.n::int * interval '45 days'), p.started_on + d.n::int * 45, p.created_at + (d.n::int * interval '45 days') + interval '4 days',
             least(current_date, p.started_on + d.n::int * 45 + 4), p.started_on + d.n::int * 45 + 4 + 180
      FROM procedures p
      JOIN victim_files f ON f.id = p.victim_file_id AND ${fileWhere}
      JOIN record_access ra ON ra.record_type = 'victim_file' AND ra.record_id = f.id AND ra.relationship = 'owner'
      CROSS JOIN LATERAL unnest(CASE ${sql.join(docs, sql` `)} ELSE ARRAY[]::text[] END) WITH ORDINALITY AS d(code, n)
      WHERE p.started_on + d.n::int * 45 <= current_date`);
  });
  const [counts] = await queryRows<{ files: number; referrals: number; procedures: number; documents: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM victim_files f WHERE ${fileWhere}) AS files,
               (SELECT count(*)::int FROM referrals r JOIN victim_files f ON f.id = r.victim_file_id WHERE ${fileWhere}) AS referrals,
               (SELECT count(*)::int FROM procedures p JOIN victim_files f ON f.id = p.victim_file_id WHERE ${fileWhere}) AS procedures,
               (SELECT count(*)::int FROM procedure_requests pr JOIN victim_files f ON f.id = pr.victim_file_id WHERE ${fileWhere}) AS documents`,
  );
  return { run, signals: opts.signals, files: counts?.files ?? 0, referrals: counts?.referrals ?? 0, procedures: counts?.procedures ?? 0, documents: counts?.documents ?? 0 };
}
