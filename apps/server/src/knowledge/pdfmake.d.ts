// pdfmake 0.3 ships no type declarations; this is the part of its server API Keten uses.
declare module 'pdfmake' {
  interface PdfOutputDocument {
    getBuffer(): Promise<Buffer>;
  }
  interface PdfFontFiles {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }
  interface PdfMake {
    setFonts(fonts: Record<string, PdfFontFiles>): void;
    setUrlAccessPolicy(callback: (url: string) => boolean): void;
    setLocalAccessPolicy(callback: (path: string) => boolean): void;
    createPdf(docDefinition: object, options?: object): PdfOutputDocument;
  }
  const pdfmake: PdfMake;
  export default pdfmake;
}
