import { notFound } from '../../errors';
import type { Context } from '../context';
import { existing } from './caseRecord';

/** The HTML of a document issued to the case, in one language or the first found. */
export async function caseDocument(ctx: Context, id: string, output: string, lang?: string): Promise<string> {
  await existing(ctx, id);
  const document = await ctx.cases.document(id, output, lang);
  if (!document) throw notFound(`case "${id}" has no document "${output}"${lang ? ` in ${lang}` : ''}`);
  return document.html;
}
