import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { importJsonSchemaForm } from '../../runtime/forms/import/fromJsonSchema';
import { validate } from '../../runtime/definitions/validate';
import { bearer, useTestServer } from './harness';

const server = useTestServer();

const api = () => request(server.app);
const as = (who: 'admin' | 'analyst' | 'staff') => bearer(server.tokens[who]);

describe('GET /api/forms/:id/json-schema', () => {
  it('when asked for a published form in Russian, then answers its JSON Schema and uiSchema', async () => {
    const res = await api().get('/api/forms/licence-form/json-schema?lang=ru').set(as('staff'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 'licence-form', version: 1, lang: 'ru' });
    expect(res.body.schema).toMatchObject({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object' });
    expect(res.body.uiSchema['ui:order']).toEqual(Object.keys(res.body.schema.properties));
  });

  it('when downloaded, then it comes as a file named by id, version and language', async () => {
    const res = await api().get('/api/forms/licence-form/json-schema?download=1').set(as('staff'));
    expect(res.headers['content-disposition']).toBe('attachment; filename="licence-form-v1.en.rjsf.json"');
  });

  it('when the language is not one of kk, ru, en, then answers 400 naming /lang', async () => {
    const res = await api().get('/api/forms/licence-form/json-schema?lang=de').set(as('staff'));
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('/lang');
  });

  it('when the form does not exist, then answers 404', async () => {
    expect((await api().get('/api/forms/nothing/json-schema').set(as('staff'))).status).toBe(404);
  });

  it('when an exported form is imported back, then the same fields come over, all of them, with nothing dropped', async () => {
    const res = await api().get('/api/forms/licence-form/json-schema').set(as('staff'));
    const back = importJsonSchemaForm({ id: 'licence-form', schema: res.body.schema, uiSchema: res.body.uiSchema });
    const original = (await api().get('/api/definitions/form/licence-form').set(as('staff'))).body.definition;
    expect(validate(back.form)).toEqual([]);
    expect(back.form.fields.map((f) => [f.key, f.type])).toEqual(
      original.fields
        .filter((f: { type: string }) => f.type !== 'info')
        .map((f: { key: string; type: string }) => [f.key, f.type]),
    );
    expect(back.dropped).toEqual([]);
    expect(back.outcome).toBe('full');
  });
});

describe('npm run forms:import', () => {
  it('when given a schema and a uiSchema, then writes a valid form and lists what it did not carry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qagida-import-'));
    writeFileSync(
      join(dir, 's.json'),
      JSON.stringify({
        title: 'Registration',
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string', title: 'Name', default: 'Chuck' }, age: { type: 'integer', minimum: 0 } },
      }),
    );
    writeFileSync(join(dir, 'u.json'), JSON.stringify({ age: { 'ui:widget': 'updown' } }));
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/forms/importForm.ts',
        '--schema',
        join(dir, 's.json'),
        '--ui',
        join(dir, 'u.json'),
        '--id',
        'registration',
        '--out',
        join(dir, 'form.json'),
      ],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    const form = JSON.parse(readFileSync(join(dir, 'form.json'), 'utf8'));
    expect(validate(form)).toEqual([]);
    expect(form.fields.map((f: { key: string }) => f.key)).toEqual(['name', 'age']);
    // a default that fits its field is carried
    expect(form.fields[0].default).toBe('Chuck');
    expect(run.stderr).not.toContain('/properties/name/default');
    expect(run.stderr).toContain('dropped  uiSchema:/age/ui:widget');
    expect(run.stderr).toContain('imported partly: 2 field(s), 1 keyword(s) not carried');
  });
});
