import { describe, expect, it } from 'vitest';
import { declaredType, safeFileName, sniffDocumentType, zipEntryNames } from './file-sniffing.ts';

/** A minimal ZIP (stored entries, no compression): enough for the central-directory reader. */
function zip(entries: { name: string; data: string }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const data = Buffer.from(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const DOCX = zip([
  { name: '[Content_Types].xml', data: '<Types/>' },
  { name: 'word/document.xml', data: '<w:document/>' },
]);
const XLSX = zip([
  { name: '[Content_Types].xml', data: '<Types/>' },
  { name: 'xl/workbook.xml', data: '<workbook/>' },
]);
const ODT = zip([
  { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
  { name: 'content.xml', data: '<office:document-content/>' },
]);

describe('content sniffing of library uploads', () => {
  it('recognises each accepted type by its bytes', () => {
    expect(sniffDocumentType(Buffer.from('%PDF-1.7\n...'))).toBe('pdf');
    expect(sniffDocumentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('png');
    expect(sniffDocumentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0]))).toBe('jpg');
    expect(sniffDocumentType(DOCX)).toBe('docx');
    expect(sniffDocumentType(XLSX)).toBe('xlsx');
    expect(sniffDocumentType(ODT)).toBe('odt');
    expect(zipEntryNames(DOCX)).toEqual(['[Content_Types].xml', 'word/document.xml']);
  });

  it('refuses HTML, scripts, SVG, other ZIPs and garbage', () => {
    for (const bytes of [
      Buffer.from('<!DOCTYPE html><script>alert(1)</script>'),
      Buffer.from(' %PDF-1.7 but not at the start'),
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
      zip([{ name: 'evil.html', data: '<script/>' }]),
      zip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' }]),
      Buffer.from('PK\x03\x04 truncated'),
      Buffer.alloc(0),
    ]) {
      expect(sniffDocumentType(bytes)).toBeNull();
    }
  });

  it('reads the claimed type from the extension only', () => {
    expect(declaredType('Rapport.PDF')).toBe('pdf');
    expect(declaredType('foto.jpeg')).toBe('jpg');
    expect(declaredType('page.html')).toBeNull();
    expect(declaredType('archive.pdf.exe')).toBeNull();
  });

  it('stores a safe name with the sniffed extension', () => {
    expect(safeFileName('../../etc/"evil";name.pdf', 'pdf')).toBe('evilname.pdf');
    expect(safeFileName('C:\\Users\\x\\Verslag 2023.docx', 'docx')).toBe('Verslag 2023.docx');
    expect(safeFileName('"";.pdf', 'pdf')).toBe('document.pdf');
    expect(safeFileName('photo.png', 'jpg')).toBe('photo.jpg');
  });
});
