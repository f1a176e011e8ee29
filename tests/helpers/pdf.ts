/** What a PDF holds, as a reader sees it: its pages and the text on each (pdf.js, Mozilla's reader). */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** The text of each page of a PDF, its words joined by single spaces. */
export async function pdfPages(pdf: Uint8Array): Promise<string[]> {
  const document = await getDocument({
    data: new Uint8Array(pdf),
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      const words = content.items.map((item) => ("str" in item ? item.str : ""));
      pages.push(words.join(" ").replace(/\s+/g, " ").trim());
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
