import { describe, expect, it } from 'vitest';
import { isProjectOverdue, isSafeHref, parseSafeMarkdown, safeMarkdownIssues } from './knowledge.ts';

describe('the restricted text format of managed content', () => {
  it('parses headings, paragraphs, lists, bold and links', () => {
    expect(parseSafeMarkdown('## Title\n\nOne **bold** line\ncontinued.\n\n- a\n- [b](https://example.org)\n\n1. first\n2. second')).toEqual([
      { type: 'heading', level: 2, inlines: [{ type: 'text', text: 'Title' }] },
      {
        type: 'paragraph',
        inlines: [
          { type: 'text', text: 'One ' },
          { type: 'strong', text: 'bold' },
          { type: 'text', text: ' line continued.' },
        ],
      },
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'a' }], [{ type: 'link', text: 'b', href: 'https://example.org' }]] },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'first' }], [{ type: 'text', text: 'second' }]] },
    ]);
  });

  it('never produces a link to a script, and keeps HTML as plain text', () => {
    for (const source of ['[x](javascript:alert(1))', '[x](javascript:void)', '[x](data:text/html;base64,PHNjcmlwdD4=)']) {
      const inlines = parseSafeMarkdown(source).flatMap((b) => (b.type === 'list' ? b.items.flat() : b.inlines));
      expect(inlines.some((i) => i.type === 'link'), source).toBe(false);
    }
    expect(parseSafeMarkdown('<b>hi</b>')).toEqual([{ type: 'paragraph', inlines: [{ type: 'text', text: '<b>hi</b>' }] }]);
    for (const href of ['javascript:alert(1)', 'data:text/html,x', '//evil.example', 'http://plain.example', 'vbscript:x']) {
      expect(isSafeHref(href), href).toBe(false);
    }
    for (const href of ['https://www.pagasa.be', 'mailto:info@example.org', 'tel:+3220000000', '/help', '/guide/self']) {
      expect(isSafeHref(href), href).toBe(true);
    }
  });

  it('reports HTML and unsafe links as issues for the editor', () => {
    expect(safeMarkdownIssues('<script>alert(1)</script>')).toEqual(['html_not_allowed']);
    expect(safeMarkdownIssues('[x](javascript:alert(1))')).toEqual(['unsafe_link']);
    expect(safeMarkdownIssues('Call [112](tel:112) — 3 < 5')).toEqual([]);
  });
});

describe('overdue action plan projects', () => {
  it('are open and past their last year; recurring ongoing campaigns are on track', () => {
    expect(isProjectOverdue({ status: 'not_started', endYear: 2022, recurring: false }, 2023)).toBe(true);
    expect(isProjectOverdue({ status: 'postponed', endYear: 2022, recurring: false }, 2023)).toBe(true);
    expect(isProjectOverdue({ status: 'ongoing', endYear: 2023, recurring: false }, 2023)).toBe(false);
    expect(isProjectOverdue({ status: 'done', endYear: 2021, recurring: false }, 2025)).toBe(false);
    expect(isProjectOverdue({ status: 'dropped', endYear: 2021, recurring: false }, 2025)).toBe(false);
    expect(isProjectOverdue({ status: 'ongoing', endYear: 2021, recurring: true }, 2025)).toBe(false);
    expect(isProjectOverdue({ status: 'not_started', endYear: 2021, recurring: true }, 2025)).toBe(true);
  });
});
