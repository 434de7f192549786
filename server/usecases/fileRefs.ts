import { invalid } from '../errors';
import type { Attachment } from '../repositories/attachments';

// How files appear inside case data: `file:<id>` references to stored attachments (and,
// in cases from before attachments were stored, data-URLs), found, checked and described.

/** The value a form field holds once its file is stored: a reference, never the content. */
export const fileRef = (id: string) => `file:${id}`;
const FILE_REF = /^file:([A-Za-z0-9-]{1,36})$/;
const DATA_URL = /^data:([a-z]+\/[a-z0-9.+-]+)?((?:;[a-z0-9-]+=[^;,]+)*)(;base64)?,/i;

/** Every `file:<id>` reference anywhere in a case's data. */
export function fileRefsIn(value: unknown): string[] {
  if (typeof value === 'string') {
    const match = FILE_REF.exec(value);
    return match ? [match[1] as string] : [];
  }
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(fileRefsIn);
}

/** Refuses data referring to files this case does not have, naming each by its pointer. */
export function checkFileRefs(data: unknown, attachments: readonly Attachment[], at = ''): void {
  const ids = new Set(attachments.map((a) => a.id));
  const errors: { path: string; message: string }[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      const match = FILE_REF.exec(value);
      if (match && !ids.has(match[1] as string))
        errors.push({ path, message: 'refers to a file this case does not have' });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value))
        walk(child, `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    }
  };
  walk(data, at);
  if (errors.length) throw invalid('the form data refers to files that were not uploaded', errors);
}

const SIZE_UNITS = ['B', 'KB', 'MB', 'GB'];
export function humanSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${SIZE_UNITS[unit]}`;
}

/** A file as people see it: name, type and size. */
export const describeAttachment = (a: Pick<Attachment, 'name' | 'type' | 'size'>) =>
  `${a.name} (${a.type}, ${humanSize(a.size)})`;

/**
 * Replaces every file in a value (a stored file's reference, or a legacy data-URL) by its
 * description, so explanations and exports never carry a file's content.
 */
export function describeFiles<T>(value: T, attachments: readonly Attachment[]): T {
  const byId = new Map(attachments.map((a) => [a.id, a]));
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const ref = FILE_REF.exec(v);
      if (ref) {
        const a = byId.get(ref[1] as string);
        return a ? describeAttachment(a) : v;
      }
      const data = DATA_URL.exec(v);
      if (data) {
        const name = /;name=([^;,]+)/i.exec(data[2] ?? '')?.[1];
        const payload = v.length - data[0].length;
        const size = data[3] ? Math.floor((payload * 3) / 4) : payload;
        return describeAttachment({
          name: name ? decodeURIComponent(name) : 'file',
          type: data[1] ?? 'text/plain',
          size,
        });
      }
      return v;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, c]) => [k, walk(c)]));
    return v;
  };
  return walk(value) as T;
}
