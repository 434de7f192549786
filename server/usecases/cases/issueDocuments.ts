import type { Transaction } from 'sequelize';
import { renderDocumentPage } from '../../../runtime/documents/render';
import type { CaseRecord } from '../../repositories/cases';
import type { Context } from '../context';
import { documentContext, type DecisionTaken } from '../documentContext';
import { processOf, type PinnedDefinitions } from './pinnedDefinitions';

/** A closed case gets the outputs of its outcome, rendered in every language of their templates. */
export async function issueDocuments(
  ctx: Context,
  t: Transaction,
  record: CaseRecord,
  defs: PinnedDefinitions,
  decision?: DecisionTaken,
): Promise<CaseRecord> {
  const outputs = defs.service.outputs.filter((o) => o.on === undefined || o.on === record.outcome);
  for (const output of outputs) {
    const template = defs.templates.get(output.template);
    const pin = record.pins.templates.find((p) => p.id === output.template);
    if (!template || !pin) continue;
    for (const lang of Object.keys(template.body) as ('kk' | 'ru' | 'en')[]) {
      const html = renderDocumentPage(template, {
        lang,
        ...documentContext(record, { ...defs, process: processOf(defs, record.channel) }, lang, decision),
      });
      await ctx.cases.saveDocument(
        {
          caseId: record.id,
          output: output.id,
          lang,
          templateId: pin.id,
          templateVersion: pin.version,
          html,
          createdAt: ctx.now(),
        },
        t,
      );
    }
  }
  return record;
}
