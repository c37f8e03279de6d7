import { createRequire } from 'node:module';
import path from 'node:path';

/*
 * Server-side PDFs (the guide's leaflets, the action plan's progress report) with pdfmake, the
 * stack's PDF choice. pdfmake mutates the document definition it is given, so every call renders a
 * structuredClone. Fonts are the Roboto files shipped with pdfmake (Latin, Greek, Cyrillic); the
 * renderer may read those files and nothing else, and may fetch no URL.
 */

/** A pdfmake content node: text, a list of nodes, or an object with layout keys. */
export type PdfContent = string | PdfContent[] | { [key: string]: unknown };

export interface PdfDocument {
  content: PdfContent[];
  info?: { title?: string; subject?: string; author?: string; creator?: string };
  language?: string;
  pageSize?: 'A4';
  pageMargins?: [number, number, number, number];
  defaultStyle?: Record<string, unknown>;
  styles?: Record<string, Record<string, unknown>>;
  footer?: PdfContent;
}

const require = createRequire(import.meta.url);

/** The part of pdfmake's server API Keten uses (pdfmake 0.3 ships no type declarations). */
interface PdfMake {
  setFonts(fonts: Record<string, { normal: string; bold: string; italics: string; bolditalics: string }>): void;
  setUrlAccessPolicy(callback: (url: string) => boolean): void;
  setLocalAccessPolicy(callback: (path: string) => boolean): void;
  createPdf(docDefinition: object): { getBuffer(): Promise<Buffer> };
}
const pdfmake = require('pdfmake') as PdfMake;
const FONT_DIR = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const FONT_FILES = {
  normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'),
  bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
  italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'),
  bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
};
const ALLOWED_FILES = new Set(Object.values(FONT_FILES));

let configured = false;
function configure(): void {
  if (configured) {
    return;
  }
  pdfmake.setFonts({ Roboto: FONT_FILES });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => ALLOWED_FILES.has(path.resolve(file)));
  configured = true;
}

/** Renders a document to PDF bytes. The definition is cloned: pdfmake mutates its input. */
export async function renderPdf(doc: PdfDocument): Promise<Buffer> {
  configure();
  const definition = structuredClone({
    pageSize: 'A4',
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
    ...doc,
    info: { creator: 'Keten', producer: 'Keten', ...doc.info },
  });
  return pdfmake.createPdf(definition).getBuffer();
}

/** Pages in a rendered PDF (for tests and checks: the leaflet must fit one page). */
export function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}
