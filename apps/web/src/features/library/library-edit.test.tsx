import type { LibraryDocument, NewsItem } from '@keten/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../lib/i18n.ts';
import { demoSession, renderApp, type FakeRequest } from '../../test/render-app.tsx';

// jsdom has no FontFaceSet; Mantine's autosizing Textarea listens on document.fonts.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { configurable: true, value: { addEventListener: () => undefined, removeEventListener: () => undefined } });
}

beforeEach(async () => {
  window.localStorage.clear();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

const editor = demoSession({ roles: ['knowledge_editor'], capabilities: ['profile.manage', 'knowledge.edit'], organisationType: 'coordination_bureau' });

const doc: LibraryDocument = {
  id: '4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b',
  title: 'Circular on the referral mechanism',
  description: '',
  topic: 'procedure',
  language: 'nl',
  classification: 'professionals',
  organisationTypes: [],
  fileName: 'circular.pdf',
  fileType: 'pdf',
  sizeBytes: 20480,
  version: 2,
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
};

const news: NewsItem = {
  id: '5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c',
  title: 'New training dates',
  body: 'Training in **March**.',
  topic: 'training',
  language: 'en',
  classification: 'public',
  organisationTypes: [],
  publishedAt: '2026-01-02T09:00:00.000Z',
  version: 1,
  updatedAt: '2026-01-02T09:00:00.000Z',
};

function routes(sent: FakeRequest[]) {
  const page = { page: 1, pageSize: 50, total: 1 };
  return {
    '/api/session': { status: 200, body: editor },
    'GET /api/documents': { status: 200, body: { data: [doc], page } },
    'GET /api/news': { status: 200, body: { data: [news], page } },
    [`PATCH /api/documents/${doc.id}`]: (r: FakeRequest) => {
      sent.push(r);
      return { status: 200, body: { ...doc, ...(r.body as object), version: 3 } };
    },
    [`PATCH /api/news/${news.id}`]: (r: FakeRequest) => {
      sent.push(r);
      return { status: 200, body: { ...news, ...(r.body as object), version: 2 } };
    },
    [`DELETE /api/documents/${doc.id}`]: (r: FakeRequest) => {
      sent.push(r);
      return { status: 204 };
    },
  };
}

async function chooseOption(dialog: HTMLElement, label: RegExp, option: string) {
  fireEvent.click(within(dialog).getByRole('combobox', { name: label }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

describe('editing the library', { timeout: 20_000 }, () => {
  it('reclassifies a document as restricted: asks for organisation types first, then sends them with the version', async () => {
    const sent: FakeRequest[] = [];
    renderApp('/library', routes(sent));
    fireEvent.click(await screen.findByRole('button', { name: `Edit: ${doc.title}` }));
    const dialog = await screen.findByRole('dialog', { name: `Edit document “${doc.title}”` });
    await chooseOption(dialog, /Who may see it/, 'Restricted');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(dialog).findByText('Choose at least one organisation type.')).toBeTruthy();
    expect(sent).toHaveLength(0);

    fireEvent.click(within(dialog).getByRole('combobox', { name: /Organisation types/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Specialised victim centre' }));
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
      await Promise.resolve();
    });
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.body).toMatchObject({ version: 2, classification: 'restricted', organisationTypes: ['specialised_centre'] });
  });

  it('edits a news item and refuses HTML in its text with a message', async () => {
    const sent: FakeRequest[] = [];
    renderApp('/library', routes(sent));
    fireEvent.click(await screen.findByRole('tab', { name: 'News' }));
    fireEvent.click(await screen.findByRole('button', { name: `Edit: ${news.title}` }));
    const dialog = await screen.findByRole('dialog', { name: `Edit news item “${news.title}”` });
    const body = within(dialog).getByRole('textbox', { name: /^Text/ });
    fireEvent.change(body, { target: { value: '<script>alert(1)</script>' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(dialog).findByText(/without HTML/)).toBeTruthy();
    expect(sent).toHaveLength(0);
    fireEvent.change(body, { target: { value: 'Training moved to **April**.' } });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
      await Promise.resolve();
    });
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.body).toMatchObject({ version: 1, body: 'Training moved to **April**.', classification: 'public' });
  });

  it('deletes a document only after confirmation', async () => {
    const sent: FakeRequest[] = [];
    renderApp('/library', routes(sent));
    fireEvent.click(await screen.findByRole('button', { name: `Remove: ${doc.title}` }));
    const confirm = await screen.findByRole('dialog', { name: 'Remove' });
    expect(within(confirm).getByText(`Remove “${doc.title}” from the library?`)).toBeTruthy();
    expect(sent).toHaveLength(0);
    await act(async () => {
      fireEvent.click(within(confirm).getByRole('button', { name: 'Remove' }));
      await Promise.resolve();
    });
    await waitFor(() => expect(sent.map((r) => r.method)).toEqual(['DELETE']));
  });

  it('shows no editing controls to a reader without the editor capability', async () => {
    renderApp('/library', { ...routes([]), '/api/session': { status: 200, body: demoSession() } });
    expect(await screen.findByText(doc.title)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Edit: / })).toBeNull();
    expect(screen.queryByRole('button', { name: 'New document' })).toBeNull();
  });
});
