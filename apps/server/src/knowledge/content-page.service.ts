import { eq, sql } from 'drizzle-orm';
import type { ContentPage, CreateContentPageSchema, UpdateContentPage } from '@keten/shared';
import type { z } from 'zod';
import type { RequestContext } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Tx } from '../db/types.ts';
import { conflict, validationFailed } from '../http/errors.ts';
import { contentPages } from './content-page.schema.ts';
import { findAllPages, getPage, languageExists, pageExists } from './content-page.repo.ts';
import { auditChanges, editDiff } from './edit-diff.ts';

const userId = (ctx: RequestContext): string | null => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

async function presentOne(tx: Tx, id: string): Promise<ContentPage> {
  const row = await getPage(tx, id);
  const [page] = (await findAllPages(tx, { slug: row.slug, audience: row.audience, language: row.language })).filter((p) => p.id === id);
  if (!page) {
    throw new Error('page vanished inside its own transaction');
  }
  return page;
}

/** A new page or a new translation of one (same slug and audience, another language). */
export async function createPage(tx: Tx, ctx: RequestContext, input: z.output<typeof CreateContentPageSchema>): Promise<ContentPage> {
  if (!(await languageExists(tx, input.language))) {
    throw validationFailed([{ path: 'body.language', code: 'unknown_language', message: 'Not a language of the reference table' }]);
  }
  if (await pageExists(tx, input.slug, input.audience, input.language)) {
    throw conflict('This page already exists in this language; edit it instead', { reason: 'page_exists' });
  }
  const [row] = await tx
    .insert(contentPages)
    .values({ ...input, createdBy: userId(ctx), updatedBy: userId(ctx) })
    .returning();
  if (!row) {
    throw new Error('page insert returned nothing');
  }
  await recordAudit(tx, ctx, {
    action: 'content_page.created',
    recordType: 'content_page',
    recordId: row.id,
    details: { contentPageId: row.id, slug: row.slug, audience: row.audience, language: row.language, status: row.status },
  });
  return presentOne(tx, row.id);
}

export async function updatePage(tx: Tx, ctx: RequestContext, id: string, input: UpdateContentPage): Promise<ContentPage> {
  const before = await getPage(tx, id, { forUpdate: true });
  if (before.version !== input.version) {
    throw conflict('The page was changed by someone else; reload it', { currentVersion: before.version });
  }
  const { version: _version, ...fields } = input;
  const diff = editDiff(before, fields, ['status', 'position'], ['title', 'body']);
  if (Object.keys(diff.patch).length === 0) {
    return presentOne(tx, id);
  }
  const [after] = await tx
    .update(contentPages)
    .set({ ...diff.patch, version: sql`${contentPages.version} + 1`, updatedAt: sql`now()`, updatedBy: userId(ctx) })
    .where(eq(contentPages.id, id))
    .returning();
  if (!after) {
    throw new Error('page update returned nothing');
  }
  await recordAudit(tx, ctx, {
    action: 'content_page.updated',
    recordType: 'content_page',
    recordId: id,
    details: { contentPageId: id, ...auditChanges(diff, before.version, after.version) },
  });
  return presentOne(tx, id);
}
