import type { Template } from '../../../../runtime/definitions/types';
import type { RenderInput } from '../../shared/runtime';
import type { Lang } from '../../shared/lang';

/** The instant a hand-written sample renders at, unless it names its own `now`: fixed, so the preview is stable. */
const SAMPLE_NOW = '2026-03-20T12:45:00Z';

/**
 * The hand-written sample, for a template without a published form: the form data alone, or the whole context when it
 * has `data` (its other keys, `case`, `service`, `deadlines` …, go to the template as written; its `now` if it is text).
 */
export function handWritten(template: Template, lang: Lang): RenderInput {
  const sample = template.sample ?? {};
  if (!('data' in sample)) return { lang, data: sample, now: SAMPLE_NOW };
  const { now, deadlines, timeZone, reason, form: _form, ...context } = sample;
  return {
    ...context,
    data: sample.data,
    lang,
    now: typeof now === 'string' ? now : SAMPLE_NOW,
    ...(isRecord(deadlines) && { deadlines }),
    ...(typeof timeZone === 'string' && { timeZone }),
    ...(typeof reason === 'string' && { reason }),
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
