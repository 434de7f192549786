import { licenceDefinitions } from './fixtures';

/** The licence service with a scan of the application attached in a PDF-only file field. */
export function licenceWithScan() {
  const defs = licenceDefinitions();
  defs.form.fields.push({
    key: 'scan',
    type: 'file',
    label: { en: 'Scan of the application' },
    accept: ['application/pdf'],
  });
  defs.form.fields.push({
    key: 'annexes',
    type: 'table',
    label: { en: 'Annexes' },
    fields: [{ key: 'copy', type: 'file', label: { en: 'Copy' }, accept: ['application/pdf'] }],
  });
  defs.service.documents = [
    { id: 'application', label: { en: 'Application' }, required: true, field: 'scan' },
    { id: 'passport', label: { en: 'Passport copy' }, required: true },
    { id: 'registry-extract', label: { en: 'Registry extract' }, required: true, fetchedByProvider: true },
  ];
  defs.ruleset.facts.push({ id: 'scan', type: 'string', from: 'data', path: '/scan' });
  defs.ruleset.events.push({ type: 'scanned', label: { en: 'A scan is attached' } });
  defs.ruleset.rules.push({
    id: 'scanned',
    conditions: { all: [{ fact: 'scan', operator: 'notEqual', value: '' }] },
    event: { type: 'scanned' },
  });
  return defs;
}

/** A small but real PDF: file-type knows it by its header. */
export function pdfBytes(size: number): Buffer {
  const head = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n', 'latin1');
  const tail = Buffer.from('\n%%EOF\n', 'latin1');
  const filler = Buffer.alloc(Math.max(0, size - head.length - tail.length), 0x20);
  return Buffer.concat([head, filler, tail]);
}
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
