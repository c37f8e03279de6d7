import { and, desc, sql } from 'drizzle-orm';
import type { VictimFileSearchResult } from '@keten/shared';
import type { RequestContext } from '../access/actor.ts';
import { grantFor } from '../access/policy.ts';
import { inScope, relationshipsTo } from '../access/scope.ts';
import { recordRead } from '../audit/audit.service.ts';
import type { AppCrypto } from '../crypto/app-crypto.ts';
import { nameCandidateFilter, nameScoreSql, nameSearchTokens, rerankByName } from '../crypto/name-search.ts';
import type { Tx } from '../db/types.ts';
import { decFile, decFileJson } from './victim-file.repo.ts';
import { victimFiles } from './victim-file.schema.ts';

/** How many token candidates are decrypted and re-ranked, and how many results are returned. */
const CANDIDATES = 200;
const RESULTS = 20;
/** Below this re-ranked score a name is another person (name-search.api.test.ts fixtures). */
const MIN_NAME_SCORE = 0.45;

const COLUMNS = {
  id: victimFiles.id,
  reference: victimFiles.reference,
  status: victimFiles.status,
  familyName: victimFiles.familyName,
  givenName: victimFiles.givenName,
  aliases: victimFiles.aliases,
};

/**
 * Finds victim files by document number (blind index, exact after normalisation) or by name
 * (keyed tokens in SQL, then decrypt and re-rank: typo- and spelling-tolerant). Only files in the
 * actor's scope whose identity section the actor may see are candidates: another organisation's
 * file is never found, not even as a count. The search is audited as a read of ID with the ids
 * of the results only (what was searched for is personal data and is not kept).
 */
export async function searchVictimFiles(tx: Tx, ctx: RequestContext, crypto: AppCrypto, q: string): Promise<VictimFileSearchResult[]> {
  const scope = inScope(ctx.actor, 'victim_file', victimFiles.id);
  const documentIdx = crypto.blindIndex.exactFor('document_number', q);
  const byDocument = documentIdx
    ? await tx
        .select(COLUMNS)
        .from(victimFiles)
        .where(and(scope, sql`${victimFiles.documentNumberIdx} @> ARRAY[${documentIdx}]::text[]`))
        .orderBy(desc(victimFiles.createdAt))
        .limit(RESULTS)
    : [];
  const tokens = nameSearchTokens(crypto.blindIndex, q);
  const columns = { trigrams: victimFiles.nameTrgm, phonetic: victimFiles.namePhonetic };
  const nameCandidates = await tx
    .select(COLUMNS)
    .from(victimFiles)
    .where(and(scope, nameCandidateFilter(columns, tokens)))
    .orderBy(desc(nameScoreSql(columns, tokens)), victimFiles.id)
    .limit(CANDIDATES);

  const relationships = await relationshipsTo(tx, ctx.actor, 'victim_file', [...byDocument, ...nameCandidates].map((r) => r.id));
  const seesIdentity = (id: string) => {
    const rel = relationships.get(id) ?? 'none';
    return rel !== 'none' && grantFor(ctx.actor, rel).sections.includes('ID');
  };
  const nameOf = (r: (typeof nameCandidates)[number]) => [decFile(crypto, r.id, 'given_name', r.givenName), decFile(crypto, r.id, 'family_name', r.familyName)].filter(Boolean).join(' ') || null;

  const results: VictimFileSearchResult[] = [];
  const seen = new Set<string>();
  for (const r of byDocument.filter((x) => seesIdentity(x.id))) {
    seen.add(r.id);
    results.push({ id: r.id, reference: r.reference, status: r.status, relationship: relationships.get(r.id) ?? 'none', matchedOn: 'document_number', score: 1, name: nameOf(r) });
  }
  const visible = nameCandidates.filter((r) => !seen.has(r.id) && seesIdentity(r.id)).map((r) => ({ row: r, name: nameOf(r) }));
  const ranked = rerankByName(q, visible, (c) => [c.name ?? '', ...decFileJson<string[]>(crypto, c.row.id, 'aliases', c.row.aliases, [])].filter((n) => n !== ''), {
    minScore: MIN_NAME_SCORE,
    limit: RESULTS - results.length,
  });
  for (const { item, score } of ranked) {
    const r = item.row;
    results.push({ id: r.id, reference: r.reference, status: r.status, relationship: relationships.get(r.id) ?? 'none', matchedOn: 'name', score: Math.round(score * 1000) / 1000, name: item.name });
  }

  await recordRead(tx, ctx, {
    action: 'record.searched',
    recordType: 'victim_file',
    recordIds: results.map((r) => r.id),
    sections: ['ID'],
    details: { searchedFields: ['name', 'aliases', 'documentNumbers'] },
  });
  return results;
}
