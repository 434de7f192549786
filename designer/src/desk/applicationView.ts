import type { Field, Form } from '../../../runtime/definitions/types';
import { resolveLabel, withoutHiddenFields, type Language } from '../shared/runtime';
import { optionsOf } from '../../../runtime/definitions/fieldGuards';

/** The words the application view needs that are not in the form: yes, no, nothing given. */
export interface ViewWords {
  yes: string;
  no: string;
}

export interface Attachment {
  name: string;
  type?: string;
  /** decoded size in bytes, when the value is a data URL */
  size?: number;
}

/** One line of the application as submitted, as the case page shows it. */
export type Entry =
  | { kind: 'value'; key: string; label: string; text: string }
  | { kind: 'section'; key: string; label: string; entries: Entry[] }
  | { kind: 'table'; key: string; label: string; columns: string[]; rows: string[][] }
  | { kind: 'files'; key: string; label: string; files: Attachment[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An attachment from what the form stored: a data URL (`data:type;name=x.pdf;base64,…`) or a described file. */
export function attachmentOf(value: unknown): Attachment | null {
  if (typeof value === 'string' && value.startsWith('data:')) {
    const comma = value.indexOf(',');
    const meta = value.slice(5, comma < 0 ? undefined : comma).split(';');
    const name = meta.find((m) => m.startsWith('name='))?.slice(5);
    const base64 = comma < 0 ? '' : value.slice(comma + 1);
    const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
    return {
      name: name ? decodeURIComponent(name) : '—',
      ...(meta[0] ? { type: meta[0] } : {}),
      size: Math.max(0, Math.floor((base64.length * 3) / 4) - padding),
    };
  }
  if (isRecord(value)) {
    const name = [value.name, value.filename, value.fileName].find((v): v is string => typeof v === 'string');
    if (!name) return null;
    const size = typeof value.size === 'number' ? value.size : undefined;
    const type = [value.type, value.contentType, value.mediaType].find((v): v is string => typeof v === 'string');
    return { name, ...(type ? { type } : {}), ...(size !== undefined ? { size } : {}) };
  }
  if (typeof value === 'string' && value) return { name: value };
  return null;
}

/** A simple value in words: options by their label, yes/no, a yes/no with its details; empty is "—". */
export function valueText(field: Field, value: unknown, lang: Language, words: ViewWords): string {
  if (value === undefined || value === null || value === '') return '—';
  const option = (v: unknown) => {
    const found = optionsOf(field).find((o) => o.value === v);
    return found ? resolveLabel(found.label, lang) : String(v);
  };
  switch (field.type) {
    case 'choice':
      return option(value);
    case 'multi-choice':
      return Array.isArray(value) && value.length ? value.map(option).join(', ') : '—';
    case 'list':
      return Array.isArray(value) && value.length ? value.map(String).join(', ') : '—';
    case 'boolean':
      return typeof value === 'boolean' ? (value ? words.yes : words.no) : String(value);
    case 'boolean-details': {
      if (!isRecord(value)) return String(value);
      const answer = value.answer === true ? words.yes : value.answer === false ? words.no : '—';
      return typeof value.details === 'string' && value.details ? `${answer}: ${value.details}` : answer;
    }
    case 'number':
    case 'integer': {
      const unit = resolveLabel(field.unit, lang);
      return unit ? `${String(value)} ${unit}` : String(value);
    }
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

function entriesOf(fields: readonly Field[], data: unknown, lang: Language, words: ViewWords): Entry[] {
  const object = isRecord(data) ? data : {};
  const out: Entry[] = [];
  for (const field of fields) {
    if (field.type === 'info') continue;
    const value = object[field.key];
    // a field shown only on a condition and absent was not asked; null means asked and left empty ("—")
    if (field.visibleWhen && (value === undefined || value === '')) continue;
    const label = resolveLabel(field.label, lang) || field.key;
    if (field.type === 'section') {
      out.push({ kind: 'section', key: field.key, label, entries: entriesOf(field.fields ?? [], value, lang, words) });
    } else if (field.type === 'table') {
      const columns = ((field.fields ?? []) as Field[]).filter((c) => c.type !== 'info');
      const rows = Array.isArray(value) ? value : [];
      out.push({
        kind: 'table',
        key: field.key,
        label,
        columns: columns.map((c) => resolveLabel(c.label, lang) || c.key),
        rows: rows.map((row) =>
          columns.map((c) => {
            const cell = isRecord(row) ? row[c.key] : undefined;
            return c.type === 'file' ? (attachmentOf(cell)?.name ?? '—') : valueText(c, cell, lang, words);
          }),
        ),
      });
    } else if (field.type === 'file') {
      const values = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
      const files = values.map(attachmentOf).filter((f): f is Attachment => f !== null);
      out.push({ kind: 'files', key: field.key, label, files });
    } else {
      out.push({ kind: 'value', key: field.key, label, text: valueText(field, value, lang, words) });
    }
  }
  return out;
}

/** The application as submitted: every field of the form in the chosen language, with what was given. */
export function applicationEntries(form: Form, data: unknown, lang: Language, words: ViewWords): Entry[] {
  return entriesOf(form.fields, withoutHiddenFields(form, data ?? {}), lang, words);
}

/** Every attachment of the application, wherever it sits (sections, table cells), with the field it belongs to. */
export function attachmentsOf(entries: readonly Entry[]): { field: string; file: Attachment }[] {
  return entries.flatMap((e) => {
    if (e.kind === 'files') return e.files.map((file) => ({ field: e.label, file }));
    if (e.kind === 'section') return attachmentsOf(e.entries);
    return [];
  });
}
