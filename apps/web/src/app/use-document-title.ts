import { useEffect } from 'react';

/** Sets `<title>` to "Page — Keten", so the tab and screen readers name the page. */
export function useDocumentTitle(pageTitle: string | null): void {
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} — Keten` : 'Keten';
  }, [pageTitle]);
}
