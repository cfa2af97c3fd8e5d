/** PDFs as a reader extracts them (pdf.js): the text, and each run of text with its position. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfTextItem {
  readonly page: number;
  readonly text: string;
  /** From the page's left edge, in PDF points. */
  readonly x: number;
  /** From the page's bottom edge, in PDF points (the baseline). */
  readonly y: number;
  readonly width: number;
  readonly pageWidth: number;
}

export async function pdfItems(bytes: Uint8Array): Promise<PdfTextItem[]> {
  const data = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength).slice();
  const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
  const items: PdfTextItem[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const pageWidth = page.getViewport({ scale: 1 }).width;
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item)) continue;
      items.push({
        page: number,
        text: item.str,
        x: Number(item.transform[4]),
        y: Number(item.transform[5]),
        width: item.width,
        pageWidth,
      });
    }
  }
  return items;
}

/** The text of a PDF, page by page, joined. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const items = await pdfItems(bytes);
  const pages = new Map<number, string[]>();
  for (const item of items) pages.set(item.page, [...(pages.get(item.page) ?? []), item.text]);
  return [...pages.values()]
    .map((texts) => texts.join(' '))
    .join('\n')
    .replace(/\s+/g, ' ');
}

export interface PdfLine {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly pageWidth: number;
}

/** Runs of text on one baseline, as lines (Arabic comes glyph by glyph, in visual order). */
export function pdfLines(items: readonly PdfTextItem[]): PdfLine[] {
  const lines = new Map<string, PdfTextItem[]>();
  for (const item of items) {
    if (item.text.trim() === '') continue;
    const key = `${item.page}:${Math.round(item.y)}`;
    lines.set(key, [...(lines.get(key) ?? []), item]);
  }
  return [...lines.values()].map((runs) => ({
    text: runs.map((run) => run.text).join(''),
    left: Math.min(...runs.map((run) => run.x)),
    right: Math.max(...runs.map((run) => run.x + run.width)),
    pageWidth: runs[0]!.pageWidth,
  }));
}
