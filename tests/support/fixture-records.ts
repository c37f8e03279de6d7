import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AUDITED_SECTIONS } from '@keten/shared';
import { present, type RecordTypeDefinition } from '../../apps/server/src/access/policy.ts';
import { grantAccess } from '../../apps/server/src/access/grants.service.ts';
import { inScope, relationshipsTo, relationshipTo } from '../../apps/server/src/access/scope.ts';
import { recordRead } from '../../apps/server/src/audit/audit.service.ts';
import type { AppCrypto } from '../../apps/server/src/crypto/app-crypto.ts';
import { intArray, nameCandidateFilter, nameScoreSql, nameSearchTokens, rerankByName } from '../../apps/server/src/crypto/name-search.ts';
import { queryRows } from '../../apps/server/src/db/types.ts';
import type { Db } from '../../apps/server/src/db/types.ts';
import { AppError } from '../../apps/server/src/http/errors.ts';

/**
 * A stand-in for the victim file (built by the referral issue) so the access mechanism can be
 * tested end to end now: a real table with encrypted identity, blind indexes, sections, scope
 * filtering in SQL, the presenter and audited reads — exactly as a record module plugs in.
 */
export interface FixtureFile extends Record<string, unknown> {
  id: string;
  version: number;
  familyName: string;
  givenName: string;
  phone: string | null;
  shelterAddress: string | null;
  psychosocialNotes: string | null;
  phase: string;
  documentNumber: string | null;
  pvNumber: string | null;
  district: string;
}

export const FIXTURE_FILE: RecordTypeDefinition<FixtureFile> = {
  type: 'victim_file',
  fields: {
    id: 'meta',
    version: 'meta',
    familyName: 'ID',
    givenName: 'ID',
    phone: 'CT',
    shelterAddress: 'CT',
    psychosocialNotes: 'PS',
    phase: 'PR',
    documentNumber: 'PR',
    pvNumber: 'JU',
    district: 'SG',
  },
  actions: [
    { name: 'edit', capability: 'record.write', relationships: ['owner'] },
    { name: 'share', capability: 'record.write', relationships: ['owner'] },
    { name: 'transfer', capability: 'record.transfer', relationships: ['owner'] },
    { name: 'view_access_log', capability: 'audit.record_access_log', relationships: ['owner'] },
    { name: 'break_glass', capability: 'record.break_glass', relationships: ['none'] },
  ],
};

export async function createFixtureTable(db: Db): Promise<void> {
  await db.execute(sql`CREATE TABLE IF NOT EXISTS fixture_victim_files (
    id uuid PRIMARY KEY,
    version integer NOT NULL DEFAULT 1,
    family_name bytea NOT NULL,
    given_name bytea NOT NULL,
    phone bytea,
    phone_idx text,
    shelter_address bytea,
    psychosocial_notes bytea,
    phase text NOT NULL,
    document_number bytea,
    pv_number text,
    district text NOT NULL,
    name_trgm integer[] NOT NULL,
    name_phonetic integer[] NOT NULL)`);
  await db.execute(sql`CREATE INDEX IF NOT EXISTS fixture_name_trgm ON fixture_victim_files USING gin (name_trgm)`);
}

type Row = Record<string, unknown> & { id: string };
const enc = (crypto: AppCrypto, id: string, column: string, v: string | null) =>
  crypto.cipher.encryptNullable(v, { table: 'fixture_victim_files', row: id, column });
const dec = (crypto: AppCrypto, id: string, column: string, v: unknown) =>
  crypto.cipher.decryptNullable(v as Buffer | null, { table: 'fixture_victim_files', row: id, column });

function decrypt(crypto: AppCrypto, r: Row): FixtureFile {
  return {
    id: r.id,
    version: r.version as number,
    familyName: dec(crypto, r.id, 'family_name', r.family_name) ?? '',
    givenName: dec(crypto, r.id, 'given_name', r.given_name) ?? '',
    phone: dec(crypto, r.id, 'phone', r.phone),
    shelterAddress: dec(crypto, r.id, 'shelter_address', r.shelter_address),
    psychosocialNotes: dec(crypto, r.id, 'psychosocial_notes', r.psychosocial_notes),
    phase: r.phase as string,
    documentNumber: dec(crypto, r.id, 'document_number', r.document_number),
    pvNumber: (r.pv_number as string | null) ?? null,
    district: r.district as string,
  };
}

const CreateSchema = z.object({
  familyName: z.string().min(1),
  givenName: z.string().min(1),
  phone: z.string().nullable(),
  shelterAddress: z.string().nullable(),
  psychosocialNotes: z.string().nullable(),
  phase: z.string(),
  documentNumber: z.string().nullable(),
  pvNumber: z.string().nullable(),
  district: z.string(),
});

/** Registers fixture routes that follow the house request path. */
export function registerFixtureRoutes(app: FastifyInstance, crypto: AppCrypto): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = () => app.deps.database.db;

  r.post('/api/fixture/files', { config: { permission: 'record.write' }, schema: { body: CreateSchema } }, async (req, reply) => {
    const actor = req.actor;
    if (actor.kind !== 'user') {
      throw new AppError('forbidden', 'people only');
    }
    const id = randomUUID();
    const b = req.body;
    const tokens = nameSearchTokens(crypto.blindIndex, `${b.givenName} ${b.familyName}`);
    await db().transaction(async (tx) => {
      await tx.execute(sql`INSERT INTO fixture_victim_files
        (id, family_name, given_name, phone, phone_idx, shelter_address, psychosocial_notes, phase, document_number, pv_number, district, name_trgm, name_phonetic)
        VALUES (${id}, ${enc(crypto, id, 'family_name', b.familyName)}, ${enc(crypto, id, 'given_name', b.givenName)},
          ${enc(crypto, id, 'phone', b.phone)}, ${b.phone ? crypto.blindIndex.exactFor('phone', b.phone) : null},
          ${enc(crypto, id, 'shelter_address', b.shelterAddress)}, ${enc(crypto, id, 'psychosocial_notes', b.psychosocialNotes)},
          ${b.phase}, ${enc(crypto, id, 'document_number', b.documentNumber)}, ${b.pvNumber}, ${b.district},
          ${intArray(tokens.trigrams)}, ${intArray(tokens.phonetic)})`);
      await grantAccess(tx, req.ctx, { recordType: 'victim_file', recordId: id, organisationId: actor.organisationId, relationship: 'owner' });
    });
    return reply.status(201).send({ id });
  });

  r.get('/api/fixture/files/:id', { config: { permission: 'record.read' }, schema: { params: z.object({ id: z.uuid() }) } }, async (req) => {
    return db().transaction(async (tx) => {
      // Load through the actor's scope: out of scope is simply not found.
      const rows = await queryRows<Row>(tx, sql`SELECT * FROM fixture_victim_files f WHERE f.id = ${req.params.id} AND ${inScope(req.actor, 'victim_file', sql`f.id`)}`);
      const row = rows[0];
      if (!row) {
        throw new AppError('not_found', 'No such record');
      }
      const relationship = await relationshipTo(tx, req.actor, 'victim_file', row.id);
      const presented = present(FIXTURE_FILE, decrypt(crypto, row), req.actor, relationship);
      const audited = presented.sections.filter((s) => AUDITED_SECTIONS.includes(s));
      await recordRead(tx, req.ctx, {
        action: 'record.viewed',
        recordType: 'victim_file',
        recordIds: [row.id],
        sections: audited,
        breakGlass: relationship === 'break_glass',
      });
      return presented;
    });
  });

  r.get(
    '/api/fixture/files',
    { config: { permission: 'record.read' }, schema: { querystring: z.object({ name: z.string().min(2).optional(), phone: z.string().optional() }) } },
    async (req) => {
      return db().transaction(async (tx) => {
        let rows: Row[] = [];
        if (req.query.phone) {
          const idx = crypto.blindIndex.exactFor('phone', req.query.phone);
          rows = idx ? await queryRows<Row>(tx, sql`SELECT * FROM fixture_victim_files f WHERE f.phone_idx = ${idx} AND ${inScope(req.actor, 'victim_file', sql`f.id`)}`) : [];
        } else if (req.query.name) {
          const q = nameSearchTokens(crypto.blindIndex, req.query.name);
          const cols = { trigrams: sql`f.name_trgm`, phonetic: sql`f.name_phonetic` };
          rows = await queryRows<Row>(
            tx,
            sql`SELECT * FROM fixture_victim_files f WHERE ${nameCandidateFilter(cols, q)} AND ${inScope(req.actor, 'victim_file', sql`f.id`)}
                ORDER BY ${nameScoreSql(cols, q)} DESC LIMIT 50`,
          );
        }
        const files = rows.map((row) => decrypt(crypto, row));
        const ranked = req.query.name ? rerankByName(req.query.name, files, (f) => [`${f.givenName} ${f.familyName}`], { limit: 20, minScore: 0.3 }).map((x) => x.item) : files;
        const relationships = await relationshipsTo(tx, req.actor, 'victim_file', ranked.map((f) => f.id));
        const data = ranked.map((f) => present(FIXTURE_FILE, f, req.actor, relationships.get(f.id) ?? 'none'));
        await recordRead(tx, req.ctx, {
          action: 'record.searched',
          recordType: 'victim_file',
          recordIds: ranked.map((f) => f.id),
          sections: ['ID'],
          details: { searchedFields: [req.query.phone ? 'phone' : 'name'] },
        });
        return { data, page: { total: data.length } };
      });
    },
  );
}
