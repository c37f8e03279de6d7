import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { CatalogueDefinition } from '@keten/shared';
import {
  EXPLOITATION_FORMS,
  ILO_EC_DIMENSIONS,
  INDICATOR_STRENGTHS,
  LocalizedTextSchema,
  SIGNAL_SECTORS,
  TARGET_GROUPS,
} from '@keten/shared';
import { BUILTIN_CATALOGUES } from '@keten/shared/signals/catalogues/index';
import type { Db, Executor } from '../db/types.ts';
import { indicatorCatalogues } from './signal.schema.ts';

const Localized = LocalizedTextSchema.extend({ nl: z.string().min(1).max(2000), fr: z.string().min(1).max(2000), de: z.string().min(1).max(2000), en: z.string().min(1).max(2000) });

/** Validates a catalogue an administrator submits (the built-ins are checked by their own tests). */
export const CatalogueDefinitionSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9_]{1,40}$/),
    version: z.number().int().min(1),
    title: Localized,
    description: Localized,
    source: z.object({ name: z.string().min(1).max(300), year: z.number().int().min(1900).max(2100).optional(), url: z.url().optional(), note: z.string().max(1000).optional() }),
    sectors: z.array(z.enum(SIGNAL_SECTORS)).max(SIGNAL_SECTORS.length),
    targetGroups: z.array(z.enum(TARGET_GROUPS)).min(1),
    threshold: z.number().int().min(1).max(100).optional(),
    combinationRule: z
      .object({
        kind: z.literal('ilo_ec_2009'),
        dimension: z.object({ anyOf: z.array(z.partialRecord(z.enum(INDICATOR_STRENGTHS), z.number().int().min(0).max(20))).min(1) }),
        allOf: z.array(z.array(z.enum(ILO_EC_DIMENSIONS)).min(1)).min(1),
      })
      .optional(),
    indicators: z
      .array(
        z.object({
          id: z.string().regex(/^[a-z0-9_.]{3,120}$/),
          text: Localized,
          hint: Localized.optional(),
          dimension: z.enum(ILO_EC_DIMENSIONS).optional(),
          group: z.string().max(60).optional(),
          strength: z.enum(INDICATOR_STRENGTHS).optional(),
          targetGroups: z.array(z.enum(TARGET_GROUPS)).min(1),
          forms: z.array(z.enum(EXPLOITATION_FORMS)),
          coercion: z.boolean().optional(),
        }),
      )
      .min(1)
      .max(300),
  })
  .superRefine((c, ctx) => {
    const ids = new Set<string>();
    c.indicators.forEach((i, n) => {
      if (ids.has(i.id)) {
        ctx.addIssue({ code: 'custom', path: ['indicators', n, 'id'], message: 'duplicate_id' });
      }
      ids.add(i.id);
    });
  });

/**
 * Makes sure every built-in catalogue version exists. Idempotent; a built-in whose (key, version)
 * is already there is left alone, so a revision made through the UI is never overwritten.
 */
export async function seedBuiltinCatalogues(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    for (const def of BUILTIN_CATALOGUES) {
      await tx
        .insert(indicatorCatalogues)
        .values({ key: def.key, version: def.version, definition: def, builtin: true })
        .onConflictDoNothing();
    }
  });
}

/** The newest version of every catalogue. */
export async function findCurrentCatalogues(db: Executor): Promise<CatalogueDefinition[]> {
  const rows = await db
    .selectDistinctOn([indicatorCatalogues.key], { definition: indicatorCatalogues.definition })
    .from(indicatorCatalogues)
    .orderBy(indicatorCatalogues.key, desc(indicatorCatalogues.version));
  return rows.map((r) => r.definition);
}

/** A published version never changes, so it can be cached by (key, version) in every process. */
const versionCache = new Map<string, CatalogueDefinition>();

export async function getCatalogueVersion(db: Executor, key: string, version: number): Promise<CatalogueDefinition | null> {
  const cached = versionCache.get(`${key}:${version}`);
  if (cached) {
    return cached;
  }
  const [row] = await db
    .select({ definition: indicatorCatalogues.definition })
    .from(indicatorCatalogues)
    .where(and(eq(indicatorCatalogues.key, key), eq(indicatorCatalogues.version, version)));
  if (row) {
    versionCache.set(`${key}:${version}`, row.definition);
  }
  return row?.definition ?? null;
}

export async function currentVersionOf(db: Executor, key: string): Promise<number | null> {
  const [row] = await db
    .select({ v: sql<number>`max(${indicatorCatalogues.version})::int` })
    .from(indicatorCatalogues)
    .where(eq(indicatorCatalogues.key, key));
  return row?.v ?? null;
}
