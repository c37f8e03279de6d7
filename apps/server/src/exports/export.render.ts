import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { StatCell } from '@keten/shared';
import { renderPdf, type PdfContent } from '../knowledge/pdf.ts';
import { chartSvg, CHART_WIDTH } from './export.charts.ts';
import { EXPORT_TEXTS, type ExportContent, type ExportItem } from './export.content.ts';

/*
 * The three forms of an export. All carry the same tables, the period, the scope note and the
 * definitions under every table; suppressed cells are `x` everywhere.
 */

/**
 * Formula injection (CWE-1236): a spreadsheet opening a CSV treats a cell starting with = + - @
 * (or a tab / carriage return that precedes one) as a formula. Such cells get a leading
 * apostrophe, which spreadsheets show as text. Labels come from reference data and translations,
 * but a deployment can edit those, so every text cell goes through this.
 */
export function guardCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const cellText = (c: StatCell | undefined): string | number => (c === undefined || c.value === null ? 'x' : c.value);

/** The rows of one table as a grid: header, data rows (with row totals), the totals row. */
function grid(item: ExportItem, totalLabel: string, dimName: (d: string) => string): (string | number)[][] {
  const t = item.table;
  const header = [t.columnDimension ? `${dimName(t.rowDimension)} \\ ${dimName(t.columnDimension)}` : dimName(t.rowDimension), ...(item.columnLabels ?? [item.title]), ...(t.columns ? [totalLabel] : [])];
  const rows = t.rows.map((_, i) => [item.rowLabels[i] ?? '', ...(t.cells[i] ?? []).map(cellText), ...(t.rowTotals ? [cellText(t.rowTotals[i])] : [])]);
  const totals = [totalLabel, ...(t.colTotals ? t.colTotals.map(cellText) : []), cellText(t.total)];
  return [header, ...rows, totals];
}

const dimNamer = (content: ExportContent) => (d: string) => (EXPORT_TEXTS[content.language].dimensions as Record<string, string>)[d] ?? d;

/** CSV: UTF-8 with a byte order mark (so spreadsheets read accents right), one block per table. */
export function renderCsv(content: ExportContent): Buffer {
  const t = EXPORT_TEXTS[content.language].report;
  const records: (string | number)[][] = [[t.title], [content.title], [`${t.period}: ${content.periodLabel}`], [`${t.filters}: ${content.filtersLabel}`], [content.scopeNote], [content.generatedOn], []];
  for (const item of content.items) {
    records.push([item.title], ...grid(item, t.total, dimNamer(content)));
    for (const note of item.notes) {
      records.push([note]);
    }
    if (item.disclosure.controlled) {
      records.push([t.suppressedMark]);
    }
    records.push([]);
  }
  const guarded = records.map((r) => r.map((v) => (typeof v === 'string' ? guardCell(v) : v)));
  return Buffer.from(stringify(guarded, { bom: true, record_delimiter: 'windows' }), 'utf8');
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique. */
function sheetName(title: string, used: Set<string>): string {
  const base = title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 28).trim() || 'Table';
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) {
    name = `${base.slice(0, 27)} ${String(n)}`;
  }
  used.add(name.toLowerCase());
  return name;
}

/** XLSX: a sheet about the export, then one sheet per table with its notes underneath. */
export async function renderXlsx(content: ExportContent): Promise<Buffer> {
  const t = EXPORT_TEXTS[content.language].report;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Keten';
  const used = new Set<string>();
  const about = wb.addWorksheet(sheetName(content.title, used));
  for (const line of [[t.title], [content.title], [t.period, content.periodLabel], [t.filters, content.filtersLabel], [content.scopeNote], [content.generatedOn], [t.containsNoPersonalData]]) {
    about.addRow(line);
  }
  about.getRow(1).font = { bold: true, size: 14 };
  about.getColumn(1).width = 28;
  about.getColumn(2).width = 60;
  for (const item of content.items) {
    const ws = wb.addWorksheet(sheetName(item.title, used));
    ws.addRow([item.title]).font = { bold: true, size: 12 };
    const rows = grid(item, t.total, dimNamer(content));
    rows.forEach((r, i) => {
      const row = ws.addRow(r);
      if (i === 0 || i === rows.length - 1) {
        row.font = { bold: true };
      }
    });
    ws.addRow([]);
    for (const note of item.notes) {
      ws.addRow([note]).font = { italic: true };
    }
    if (item.disclosure.controlled) {
      ws.addRow([t.suppressedMark]).font = { italic: true };
    }
    ws.getColumn(1).width = 36;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function pdfTable(item: ExportItem, totalLabel: string, dimName: (d: string) => string): PdfContent {
  const rows = grid(item, totalLabel, dimName);
  const width = rows[0]?.length ?? 1;
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: ['*', ...new Array<string>(width - 1).fill('auto')],
      body: rows.map((r, i) =>
        r.map((v, j) => ({ text: String(v), bold: i === 0 || i === rows.length - 1, alignment: j === 0 ? 'left' : 'right', fontSize: width > 8 ? 7 : 9 })),
      ),
    },
    layout: 'lightHorizontalLines',
    margin: [0, 4, 0, 4],
  };
}

/** PDF: a cover page (title, period, filters, scope), then per table its chart, the table and the definitions. */
export async function renderPdfReport(content: ExportContent): Promise<Buffer> {
  const t = EXPORT_TEXTS[content.language].report;
  const dimName = dimNamer(content);
  const body: PdfContent[] = [
    { text: t.title, style: 'cover', margin: [0, 160, 0, 8] },
    { text: t.subtitle, margin: [0, 0, 0, 24] },
    { text: content.title, style: 'h1' },
    { text: [{ text: `${t.period}: `, bold: true }, content.periodLabel], margin: [0, 8, 0, 2] },
    { text: [{ text: `${t.filters}: `, bold: true }, content.filtersLabel], margin: [0, 0, 0, 8] },
    { text: content.scopeNote, margin: [0, 0, 0, 8] },
    { text: t.containsNoPersonalData, italics: true },
    { text: content.generatedOn, margin: [0, 24, 0, 0], pageBreak: 'after' },
  ];
  for (const item of content.items) {
    const svg = chartSvg(item);
    body.push({
      stack: [
        { text: item.title, style: 'h2' },
        ...(svg ? [{ svg, width: CHART_WIDTH, margin: [0, 4, 0, 4] }] : []),
        item.table.total.value === 0 ? { text: t.noData, italics: true } : pdfTable(item, t.total, dimName),
        { text: t.definitions, bold: true, fontSize: 8, margin: [0, 2, 0, 0] },
        ...item.notes.map((n) => ({ text: n, fontSize: 8 })),
        ...(item.disclosure.controlled ? [{ text: t.suppressedMark, fontSize: 8 }] : []),
      ],
      margin: [0, 0, 0, 16],
    });
  }
  return renderPdf({
    content: body,
    info: { title: `${t.title} — ${content.title}`, subject: content.periodLabel },
    language: content.language,
    pageMargins: [40, 40, 40, 48],
    styles: { cover: { fontSize: 22, bold: true }, h1: { fontSize: 16, bold: true }, h2: { fontSize: 12, bold: true, margin: [0, 0, 0, 4] } },
    footer: { text: t.containsNoPersonalData, fontSize: 7, alignment: 'center', color: '#555555' },
  });
}
