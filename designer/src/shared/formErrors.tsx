/**
 * How a form tells a person what is wrong, in their language: one message per field (the same
 * sentences the server uses), a summary at the top linking to each field (the GOV.UK error summary),
 * aria-invalid on the fields, and focus on the summary after a rejected submit.
 */
import type { ErrorListProps, ErrorTransformer, RJSFValidationError } from '@rjsf/utils';
import { useEffect, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { keywordMessage, keywordRank, quoted, type Language } from './runtime';

/** The rjsf error's place as tokens: ".applicant.iin" and "applicant.iin" both give ['applicant', 'iin']. */
function tokensOf(property: string | undefined): string[] {
  return (property ?? '').split('.').filter(Boolean);
}

/** The id rjsf gives the widget of a field: `<idPrefix>_applicant_iin`. */
export function fieldId(idPrefix: string, property: string | undefined): string {
  return [idPrefix, ...tokensOf(property)].join('_');
}

/**
 * ajv's errors in the person's language, one per field (the most telling keyword), none for a field
 * the server already spoke about (its message stands, so no field says two things).
 */
export function localizeErrors(lang: Language, serverFields: ReadonlySet<string>): ErrorTransformer {
  return (errors) => {
    const best = new Map<string, { error: RJSFValidationError; rank: number }>();
    for (const error of errors) {
      // if/allOf/anyOf repeat what the keywords inside them said
      if (['if', 'allOf', 'anyOf'].includes(error.name ?? '')) continue;
      const key = tokensOf(error.property).join('.');
      if (serverFields.has(key)) continue;
      const rank = keywordRank(error.name ?? '');
      const seen = best.get(key);
      if (seen && seen.rank <= rank) continue;
      const name = quoted(error.title ?? tokensOf(error.property).at(-1) ?? '', lang);
      const params = (error.params ?? {}) as Record<string, unknown>;
      const message = keywordMessage({ keyword: error.name ?? '', params }, name, lang);
      best.set(key, { error: { ...error, message, stack: message }, rank });
    }
    return [...best.values()].map((b) => b.error);
  };
}

/** The dotted keys of the fields an rjsf ErrorSchema (the server's errors) speaks about. */
export function errorFields(tree: unknown, prefix: string[] = [], out = new Set<string>()): Set<string> {
  if (!tree || typeof tree !== 'object') return out;
  for (const [key, value] of Object.entries(tree)) {
    if (key === '__errors') {
      if (Array.isArray(value) && value.length) out.add(prefix.join('.'));
    } else errorFields(value, [...prefix, key], out);
  }
  return out;
}

export const summaryId = (idPrefix: string) => `${idPrefix}-error-summary`;

/** The GOV.UK error summary: a heading, then each problem as a link that moves to its field. */
export function ErrorSummaryTemplate({ errors, registry }: ErrorListProps) {
  const { t } = useTranslation('common');
  const idPrefix = (registry.formContext as { idPrefix?: string } | undefined)?.idPrefix ?? 'root';
  if (!errors.length) return null;
  return (
    <div
      className="error-summary gov"
      id={summaryId(idPrefix)}
      tabIndex={-1}
      role="alert"
      aria-labelledby={`${summaryId(idPrefix)}-title`}
    >
      <h2 id={`${summaryId(idPrefix)}-title`}>{t('errorSummary.title')}</h2>
      <ul>
        {errors.map((error, i) => {
          const id = fieldId(idPrefix, error.property);
          return (
            <li key={i}>
              <a
                href={`#${id}`}
                onClick={(event) => {
                  event.preventDefault();
                  const target = document.getElementById(id) ?? document.querySelector(`[id^="${id}-"]`);
                  (target as HTMLElement | null)?.focus();
                }}
              >
                {error.message ?? error.stack}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function focusSummary(idPrefix: string): void {
  // after React painted the summary
  requestAnimationFrame(() => document.getElementById(summaryId(idPrefix))?.focus());
}

/**
 * rjsf writes each field's errors into `<id>__error` and points aria-describedby at it, but sets no
 * aria-invalid; this marks every control whose field has errors, and unmarks it once they are gone.
 */
export function useAriaInvalid(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = container.current;
    // most renders (each keystroke of the designer's preview) have no errors and nothing to unmark
    if (!root?.querySelector('[id$="__error"], [aria-invalid]')) return;
    for (const control of root.querySelectorAll<HTMLElement>('input, select, textarea')) {
      const base = control.id.replace(/-\d+$/, '');
      const errors = base ? document.getElementById(`${base}__error`) : null;
      if (errors?.textContent) {
        control.setAttribute('aria-invalid', 'true');
        if (!control.getAttribute('aria-describedby')?.includes(`${base}__error`))
          control.setAttribute(
            'aria-describedby',
            `${control.getAttribute('aria-describedby') ?? ''} ${base}__error`.trim(),
          );
      } else control.removeAttribute('aria-invalid');
    }
  });
}
