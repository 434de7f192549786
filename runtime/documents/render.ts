import Handlebars from 'handlebars';
import type { Form, Template } from '../definitions/types';
import { pickLanguage, resolveLabel, type Language } from '../i18n';
import { ALLOWED_HELPERS } from './helperNames';
import { qagidaHelpers, type RenderFrame } from './helpers';
import { isPlainText, paragraphsOf } from './paragraphs';
import { checkTemplateSyntax } from './syntax';

/** What a document is rendered from. Templates read it as data.*, case.*, service.*, deadlines.*, now, decision.*, reason, rules, step.*. */
export interface RenderInput {
  lang: Language;
  /** the case's form data */
  data: unknown;
  case?: unknown;
  service?: unknown;
  /** deadline id → due instant (ISO) or {due} */
  deadlines?: Record<string, unknown>;
  /** ISO instant; defaults to the current time */
  now?: string;
  /** the form, for the option helper's labels */
  form?: Form;
  /** the calendar's time zone; dates print in it */
  timeZone?: string;
  /** what was decided: the last action taken ({action, label, reason, by, at}) */
  decision?: unknown;
  /** the reasons given in the case (the actions' and the refusal rules'), joined */
  reason?: string;
  /** the rules that fired, with their labels */
  rules?: unknown;
  /** the step the case is at (its end step once closed), with its label */
  step?: unknown;
}

/** A template that fails its checks is never rendered: this says why. */
export class TemplateRefusedError extends Error {
  readonly code = 'TEMPLATE_REFUSED';
  constructor(
    readonly templateId: string,
    readonly problems: readonly string[],
  ) {
    super(`template "${templateId}" is refused: ${problems.join('; ')}`);
    this.name = 'TemplateRefusedError';
  }
}

// An environment of our own: helpers registered here are all a template can call.
const handlebars = Handlebars.create();
for (const name of Object.keys(handlebars.helpers)) {
  if (!ALLOWED_HELPERS.has(name) && name !== 'helperMissing' && name !== 'blockHelperMissing')
    handlebars.unregisterHelper(name);
}
handlebars.registerHelper(qagidaHelpers());

const KNOWN_HELPERS = Object.fromEntries([...ALLOWED_HELPERS].map((name) => [name, true]));
const RUNTIME_OPTIONS = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
  allowedProtoProperties: {},
  allowedProtoMethods: {},
};

const compiled = new Map<string, { source: string; render: Handlebars.TemplateDelegate }>();

/**
 * Renders a template's body in `input.lang` (or the first fallback language it
 * has), HTML-escaped. Each template id@version and language is compiled once.
 */
export function renderDocument(template: Template, input: RenderInput): string {
  const { lang, source } = bodyOf(template, input.lang);
  const render = compiledFor(template, lang, source);
  const frame: RenderFrame = { lang, timeZone: input.timeZone ?? 'Asia/Almaty', form: input.form };
  const context = {
    lang,
    data: input.data ?? {},
    case: input.case ?? {},
    service: input.service ?? {},
    deadlines: input.deadlines ?? {},
    now: input.now ?? new Date().toISOString(),
    decision: input.decision ?? null,
    reason: input.reason ?? '',
    rules: input.rules ?? [],
    step: input.step ?? null,
  };
  return render(context, { ...RUNTIME_OPTIONS, data: { qagida: frame } });
}

/** A whole printable HTML page around the rendered document. */
export function renderDocumentPage(template: Template, input: RenderInput): string {
  const { lang, source } = bodyOf(template, input.lang);
  const rendered = renderDocument(template, input);
  // plain text keeps its paragraphs; a body that lays out its own HTML is printed as it is
  const body = isPlainText(source) ? paragraphsOf(rendered) : rendered;
  const title = escapeHtml(resolveLabel(template.title, lang));
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>${PRINT_CSS}</style>
</head>
<body>
<main class="document">
${body}
</main>
</body>
</html>
`;
}

function bodyOf(template: Template, requested: Language): { lang: Language; source: string } {
  const lang = pickLanguage(template.body, requested);
  const source = lang === undefined ? undefined : template.body[lang];
  if (lang === undefined || source === undefined)
    throw new TemplateRefusedError(template.id, ['has no body in any language']);
  return { lang, source };
}

function compiledFor(template: Template, lang: Language, source: string): Handlebars.TemplateDelegate {
  const key = `${template.id}@${template.version ?? 'draft'}#${lang}`;
  const hit = compiled.get(key);
  // A draft keeps its key while it is edited: the source tells whether the compiled one is still it.
  if (hit && hit.source === source) return hit.render;
  const problems = checkTemplateSyntax(source);
  if (problems.length) throw new TemplateRefusedError(template.id, problems);
  const render = handlebars.compile(source, {
    knownHelpers: KNOWN_HELPERS,
    knownHelpersOnly: true,
    strict: false,
    noEscape: false,
  });
  compiled.set(key, { source, render });
  return render;
}

function escapeHtml(text: string): string {
  return handlebars.Utils.escapeExpression(text);
}

const PRINT_CSS = `
@page { size: A4; margin: 20mm 15mm 20mm 25mm; }
html { font-family: "Times New Roman", "PT Serif", serif; font-size: 12pt; line-height: 1.4; color: #000; background: #fff; }
body { margin: 0; }
.document { max-width: 170mm; margin: 0 auto; padding: 10mm 0; }
h1, h2, h3 { text-align: center; page-break-after: avoid; }
table { width: 100%; border-collapse: collapse; page-break-inside: auto; }
th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
tr { page-break-inside: avoid; }
@media screen { body { background: #eee; } .document { background: #fff; padding: 20mm; box-shadow: 0 0 4px #999; } }
@media print { .no-print { display: none; } }
`;
