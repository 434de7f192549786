import { htmlToPdf } from '../documents/htmlToPdf';
import { notFound } from '../errors';
import type { Context } from './context';
import { existing } from './cases';

export interface PdfDocument {
  pdf: Buffer;
  /** the file name it is offered under */
  name: string;
}

const TITLE = /<title>([^<]*)<\/title>/i;
const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&#x3D;/g, '=')
    .replace(/&#x60;/g, '`')
    .replace(/&amp;/g, '&');

/**
 * A case's result document as an A4 PDF, laid out from the very HTML that was issued. Dated
 * with the document's own creation time, the same document gives the same bytes every time,
 * so a signature made over it once verifies whenever it is downloaded again.
 */
export async function caseDocumentPdf(ctx: Context, id: string, output: string, lang?: string): Promise<PdfDocument> {
  await existing(ctx, id);
  const document = await ctx.cases.document(id, output, lang);
  if (!document) throw notFound(`case "${id}" has no document "${output}"${lang ? ` in ${lang}` : ''}`);
  const title = unescape(TITLE.exec(document.html)?.[1] ?? output);
  const pdf = await htmlToPdf(document.html, {
    title,
    lang: document.lang,
    createdAt: new Date(document.createdAt),
  });
  return { pdf, name: `${output}-${document.lang}.pdf` };
}
