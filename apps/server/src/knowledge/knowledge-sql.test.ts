import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTION_PLAN_STATUSES, parseSafeMarkdown, safeMarkdownIssues } from '@keten/shared';
import { ACTION_PLAN_2021_2025, ACTION_PLAN_BODIES } from '../action-plan/action-plan-2021-2025.data.ts';
import { buildKnowledgeSql, knowledgeMigrationFile } from './generate-knowledge-sql.ts';
import { VICTIM_PAGES } from './victim-pages.data.ts';

describe('the reference-content migration', () => {
  it('is what the generator produces from the reviewed data files (run generate-knowledge-sql.ts and commit)', () => {
    expect(readFileSync(knowledgeMigrationFile(), 'utf8')).toBe(buildKnowledgeSql());
  });
});

describe('the action plan data file', () => {
  const projects = ACTION_PLAN_2021_2025.projects;

  it('has unique codes, known bodies, chapters of the plan and a sane timing', () => {
    expect(new Set(projects.map((p) => p.code)).size).toBe(projects.length);
    const chapters = ACTION_PLAN_2021_2025.chapters.map((c) => c.chapter);
    for (const p of projects) {
      expect(chapters, p.code).toContain(p.chapter);
      expect(p.code.startsWith(`${p.chapter}.`), p.code).toBe(true);
      expect(p.startYear, p.code).toBeLessThanOrEqual(p.endYear);
      expect(p.startYear, p.code).toBeGreaterThanOrEqual(2021);
      expect(p.endYear, p.code).toBeLessThanOrEqual(2025);
      expect(p.timingText, p.code).toContain(String(p.startYear));
      for (const b of p.bodies) {
        expect(Object.keys(ACTION_PLAN_BODIES), p.code).toContain(b);
      }
    }
    expect(ACTION_PLAN_STATUSES).toContain('not_started');
  });
});

describe('the victim information pages', () => {
  it('exist for every slug, audience and language, in the restricted format', () => {
    const slugs = [...new Set(VICTIM_PAGES.map((p) => p.slug))];
    expect(VICTIM_PAGES).toHaveLength(slugs.length * 2 * 4);
    for (const p of VICTIM_PAGES) {
      expect(safeMarkdownIssues(p.body), `${p.slug}/${p.audience}/${p.language}`).toEqual([]);
      expect(parseSafeMarkdown(p.body).length).toBeGreaterThan(0);
    }
  });
});
