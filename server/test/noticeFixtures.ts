import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Service, Template } from '../../runtime/definitions/index';
import { licenceDefinitions } from './fixtures';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The shipped message texts of the notices (definitions/templates/notice-*.json). */
export function noticeTemplates(): Record<string, Template> {
  const read = (id: string) =>
    JSON.parse(fs.readFileSync(path.join(ROOT, `definitions/templates/${id}.json`), 'utf8')) as Template;
  return {
    noticeSubmitted: read('notice-submitted'),
    noticeDecided: read('notice-decided'),
    noticeOverdue: read('notice-overdue'),
  };
}

/**
 * The licence fixtures telling people by e-mail as `notices` says: the applicant gives an address
 * in the form field `email`, and the review step's actor is the user group `group` (none: anyone on staff).
 */
export function noticedLicence(
  notices: NonNullable<Service['notices']>,
  { group }: { group?: string } = { group: 'office' },
) {
  const defs = licenceDefinitions();
  defs.form.fields.push({ key: 'email', type: 'email', label: { en: 'E-mail' } });
  defs.service.applicantEmail = 'email';
  defs.service.notices = notices;
  if (group) defs.process.actors = defs.process.actors.map((a) => (a.id === 'clerk' ? { ...a, groups: [group] } : a));
  return { ...defs, ...noticeTemplates() };
}
