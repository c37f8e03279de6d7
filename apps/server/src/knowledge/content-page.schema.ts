import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ContentAudience, ContentStatus } from '@keten/shared';
import { languages } from '../reference/reference.schema.ts';
import { users } from '../users/user.schema.ts';

/**
 * Information pages for the person concerned (victim information), one row per page, audience and
 * language, so a new language (Romanian, Arabic …) is data, not code. Public content: no personal
 * data. The body is in the restricted text format (packages/shared/src/knowledge.ts), rendered as
 * elements, never as HTML. Reference pages in nl/fr/de/en are inserted by a migration.
 */
export const contentPages = pgTable(
  'content_pages',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Same slug + audience across languages = translations of one page. */
    slug: text().notNull(),
    audience: text().$type<ContentAudience>().notNull(),
    language: text()
      .notNull()
      .references(() => languages.code),
    title: text().notNull(),
    body: text().notNull(),
    status: text().$type<ContentStatus>().notNull().default('draft'),
    /** Order in the page list (lower first). */
    position: integer().notNull().default(100),
    /** Optimistic locking: every edit increments it; a stale edit answers 409. */
    version: integer().notNull().default(1),
    createdBy: uuid().references(() => users.id),
    updatedBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('content_pages_slug_audience_language').on(t.slug, t.audience, t.language), index().on(t.language, t.audience, t.status)],
);
