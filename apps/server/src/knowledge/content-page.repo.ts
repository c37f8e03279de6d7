import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { isRtlLanguage, type ContentAudience, type ContentPage, type ContentPageSummary, type ContentStatus, type LocalizedText } from '@keten/shared';
import type { Executor } from '../db/types.ts';
import { notFound } from '../http/errors.ts';
import { languages } from '../reference/reference.schema.ts';
import { contentPages } from './content-page.schema.ts';

export type ContentPageRow = typeof contentPages.$inferSelect;

/** Languages in which each slug (of one audience) is published. */
async function publishedLanguages(db: Executor, audience: ContentAudience, slugs: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (slugs.length === 0) {
    return out;
  }
  const rows = await db
    .select({ slug: contentPages.slug, language: contentPages.language })
    .from(contentPages)
    .where(and(eq(contentPages.audience, audience), eq(contentPages.status, 'published'), inArray(contentPages.slug, [...slugs])))
    .orderBy(asc(contentPages.language));
  for (const r of rows) {
    out.set(r.slug, [...(out.get(r.slug) ?? []), r.language]);
  }
  return out;
}

export function presentPage(row: ContentPageRow, available: readonly string[]): ContentPage {
  return {
    id: row.id,
    slug: row.slug,
    audience: row.audience,
    language: row.language,
    rtl: isRtlLanguage(row.language),
    title: row.title,
    body: row.body,
    status: row.status,
    version: row.version,
    position: row.position,
    updatedAt: row.updatedAt.toISOString(),
    languages: [...available],
  };
}

export function summarise(page: ContentPage): ContentPageSummary {
  const { body: _body, ...summary } = page;
  return summary;
}

/** Published pages for one language and audience, each with the languages it exists in. */
export async function findPublishedPages(db: Executor, language: string, audience: ContentAudience): Promise<ContentPage[]> {
  const rows = await db
    .select()
    .from(contentPages)
    .where(and(eq(contentPages.language, language), eq(contentPages.audience, audience), eq(contentPages.status, 'published')))
    .orderBy(asc(contentPages.position), asc(contentPages.slug));
  const langs = await publishedLanguages(db, audience, rows.map((r) => r.slug));
  return rows.map((r) => presentPage(r, langs.get(r.slug) ?? [r.language]));
}

export async function getPublishedPage(db: Executor, slug: string, language: string, audience: ContentAudience): Promise<ContentPage> {
  const [row] = await db
    .select()
    .from(contentPages)
    .where(and(eq(contentPages.slug, slug), eq(contentPages.language, language), eq(contentPages.audience, audience), eq(contentPages.status, 'published')));
  if (!row) {
    throw notFound('No such page in this language');
  }
  const langs = await publishedLanguages(db, audience, [slug]);
  return presentPage(row, langs.get(slug) ?? [row.language]);
}

/** Languages with at least one published page for the audience, with their names. */
export async function findContentLanguages(db: Executor, audience: ContentAudience): Promise<{ code: string; name: LocalizedText | null; rtl: boolean }[]> {
  const rows = await db
    .selectDistinct({ code: contentPages.language, name: languages.name })
    .from(contentPages)
    .leftJoin(languages, eq(languages.code, contentPages.language))
    .where(and(eq(contentPages.audience, audience), eq(contentPages.status, 'published')))
    .orderBy(asc(contentPages.language));
  return rows.map((r) => ({ code: r.code, name: r.name, rtl: isRtlLanguage(r.code) }));
}

export interface PageFilter {
  slug?: string | undefined;
  language?: string | undefined;
  audience?: ContentAudience | undefined;
  status?: ContentStatus | undefined;
}

/** Every page, any status (editors). */
export async function findAllPages(db: Executor, filter: PageFilter): Promise<ContentPage[]> {
  const rows = await db
    .select()
    .from(contentPages)
    .where(
      and(
        filter.slug ? eq(contentPages.slug, filter.slug) : undefined,
        filter.language ? eq(contentPages.language, filter.language) : undefined,
        filter.audience ? eq(contentPages.audience, filter.audience) : undefined,
        filter.status ? eq(contentPages.status, filter.status) : undefined,
      ),
    )
    .orderBy(asc(contentPages.position), asc(contentPages.slug), asc(contentPages.audience), asc(contentPages.language));
  const all = await db
    .select({ slug: contentPages.slug, audience: contentPages.audience, language: contentPages.language })
    .from(contentPages)
    .where(eq(contentPages.status, 'published'));
  const key = (slug: string, audience: string) => `${slug}\u0000${audience}`;
  const langs = new Map<string, string[]>();
  for (const r of all) {
    langs.set(key(r.slug, r.audience), [...(langs.get(key(r.slug, r.audience)) ?? []), r.language].sort());
  }
  return rows.map((r) => presentPage(r, langs.get(key(r.slug, r.audience)) ?? []));
}

export async function getPage(db: Executor, id: string, options: { forUpdate?: boolean } = {}): Promise<ContentPageRow> {
  const query = db.select().from(contentPages).where(eq(contentPages.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) {
    throw notFound('No such page');
  }
  return row;
}

export async function languageExists(db: Executor, code: string): Promise<boolean> {
  const [row] = await db.select({ code: languages.code }).from(languages).where(eq(languages.code, code));
  return row !== undefined;
}

export async function pageExists(db: Executor, slug: string, audience: ContentAudience, language: string): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(contentPages)
    .where(and(eq(contentPages.slug, slug), eq(contentPages.audience, audience), eq(contentPages.language, language)));
  return row !== undefined;
}
