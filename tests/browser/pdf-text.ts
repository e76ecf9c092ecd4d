// The text of each page of a PDF, read with PDF.js: what a printed page says and where, checked without eyes.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A piece of text on a PDF page, at its baseline's start, in points from the page's bottom left corner. */
export interface PdfText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

/** One page of a PDF: its size in points and the pieces of text on it. */
export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly texts: readonly PdfText[];
}

/** Every page of a PDF, in page order. */
export async function pdfPages(pdf: Uint8Array): Promise<PdfPage[]> {
  // PDF.js takes the bytes over; it gets a copy so the caller's buffer stays usable.
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const [, , width = 0, height = 0] = page.view;
      const content = await page.getTextContent();
      const texts = content.items.flatMap((item) =>
        'str' in item && item.str.trim() !== '' ? [{ text: item.str, x: item.transform[4] ?? 0, y: item.transform[5] ?? 0 }] : [],
      );
      pages.push({ width, height, texts });
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
