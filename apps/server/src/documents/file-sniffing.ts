import { DOCUMENT_TYPE_KEYS, type DocumentType } from '@keten/shared';

/*
 * Content sniffing for library uploads: the type of a file is decided by its bytes, never by the
 * name or the Content-Type the browser sent. A file whose bytes do not match its extension is
 * refused (a ".pdf" that is really HTML would otherwise be a stored cross-site scripting vector if
 * any client ever rendered it inline). Office formats are ZIP containers: the entries inside the
 * container tell a Word document from a spreadsheet, and an OpenDocument text names its own type
 * in its first (uncompressed) `mimetype` entry.
 */

const PDF = Buffer.from('%PDF-', 'latin1');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;
const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';

/** Names of the entries in a ZIP file's central directory (empty when it is not a valid ZIP). */
export function zipEntryNames(bytes: Buffer): string[] {
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== ZIP_LOCAL) {
    return [];
  }
  // The end-of-central-directory record sits in the last 22 + up to 65535 (comment) bytes.
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes.readUInt32LE(i) === ZIP_END) {
      end = i;
      break;
    }
  }
  if (end < 0) {
    return [];
  }
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== ZIP_CENTRAL) {
      return [];
    }
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    if (offset + 46 + nameLength > bytes.length) {
      return [];
    }
    names.push(bytes.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function odtMimetype(bytes: Buffer): string | null {
  // Local file header: name at 30, then the stored (uncompressed) data of the `mimetype` entry.
  const nameLength = bytes.readUInt16LE(26);
  const extraLength = bytes.readUInt16LE(28);
  if (bytes.toString('latin1', 30, 30 + nameLength) !== 'mimetype') {
    return null;
  }
  const start = 30 + nameLength + extraLength;
  return bytes.toString('latin1', start, start + ODT_MIMETYPE.length);
}

/** The file type the bytes really are, among the accepted types, or null. */
export function sniffDocumentType(bytes: Buffer): DocumentType | null {
  if (bytes.subarray(0, PDF.length).equals(PDF)) {
    return 'pdf';
  }
  if (bytes.subarray(0, PNG.length).equals(PNG)) {
    return 'png';
  }
  if (bytes.subarray(0, JPEG.length).equals(JPEG)) {
    return 'jpg';
  }
  const entries = zipEntryNames(bytes);
  if (entries.length === 0) {
    return null;
  }
  if (entries.includes('mimetype') && odtMimetype(bytes) === ODT_MIMETYPE) {
    return 'odt';
  }
  if (entries.includes('[Content_Types].xml')) {
    if (entries.includes('word/document.xml')) {
      return 'docx';
    }
    if (entries.includes('xl/workbook.xml')) {
      return 'xlsx';
    }
  }
  return null;
}

/** The type a file name claims (by extension; `.jpeg` counts as jpg), or null. */
export function declaredType(fileName: string): DocumentType | null {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const normalised = ext === 'jpeg' ? 'jpg' : ext;
  return (DOCUMENT_TYPE_KEYS as string[]).includes(normalised) ? (normalised as DocumentType) : null;
}

/**
 * A file name safe to store and to send back in Content-Disposition: no path, no control
 * characters, no quotes, bounded length, and the extension of the sniffed type.
 */
export function safeFileName(fileName: string, type: DocumentType): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const stem = base
    .replace(/\.[^.]*$/, '')
    .normalize('NFC')
    .replace(/[\p{Cc}"'`<>:|?*;%]/gu, '')
    .trim()
    .slice(0, 150);
  return `${stem || 'document'}.${type}`;
}
