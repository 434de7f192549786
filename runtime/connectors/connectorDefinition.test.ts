import { describe, expect, it } from 'vitest';
import { crossCheck, validate } from '../definitions';
import { compileForeignSchema } from '../definitions/ajv';
import { sampleConnector, sampleForm } from './sampleConnector.fixture';

describe('validate() of a connector', () => {
  it('accepts the sample connector and the form that prefills from it', () => {
    expect(validate(sampleConnector())).toEqual([]);
    expect(validate(sampleForm())).toEqual([]);
    expect(crossCheck([sampleConnector(), sampleForm()])).toEqual([]);
  });

  it('when the URL names a placeholder that is no input, then it points at /url', () => {
    const connector = { ...sampleConnector(), url: 'https://registers.example.kz/people/{bin}' };
    expect(validate(connector)).toEqual([{ path: '/url', message: '{bin} is not an input of this connector' }]);
  });

  it('when a secret is written into the definition instead of naming a credential, then the name is refused', () => {
    const connector = { ...sampleConnector(), credential: { name: 'my token 123', header: 'Authorization' } };
    expect(validate(connector).map((e) => e.path)).toEqual(['/credential/name']);
  });

  it('when the response schema is not JSON Schema, then it points at /responseSchema', () => {
    const connector = { ...sampleConnector(), responseSchema: { type: 'banana' } };
    expect(validate(connector)).toEqual([{ path: '/responseSchema', message: expect.stringContaining('JSON Schema') }]);
  });

  it("when the response schema is a register's own, OpenAPI-style discriminator included, then it is plain JSON Schema to us", () => {
    // Qagida reads `discriminator` and `keyedBy` in its own schemas; in a register's schema they are annotations
    const responseSchema = {
      type: 'object',
      discriminator: { propertyName: 'kind' },
      keyedBy: ['person'],
      anyOf: [
        { properties: { kind: { const: 'person' }, iin: { type: 'string' } } },
        { properties: { kind: { enum: ['company', 'branch'] }, bin: { type: 'string' } } },
      ],
    };
    expect(validate({ ...sampleConnector(), responseSchema })).toEqual([]);
    // an anyOf stays "at least one": an answer without `kind` matches both branches and passes
    const check = compileForeignSchema(responseSchema);
    expect([check({ kind: 'person', iin: '1' }), check({ iin: '1' }), check({ kind: 'x' })]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('when an input pattern can backtrack exponentially, then it is refused', () => {
    const connector = sampleConnector();
    connector.inputs[0]!.pattern = '^(a+)+$';
    expect(validate(connector)).toEqual([
      { path: '/inputs/0/pattern', message: expect.stringContaining('exponential') },
    ]);
  });

  it('when a GET has a body or an output name repeats, then each is named', () => {
    const connector = sampleConnector();
    const broken = { ...connector, body: { x: 1 }, outputs: [...connector.outputs, connector.outputs[0]!] };
    expect(
      validate(broken)
        .map((e) => e.path)
        .sort(),
    ).toEqual(['/body', '/outputs/2/name']);
  });

  it('when the URL is not http(s), then it is refused at /url', () => {
    expect(validate({ ...sampleConnector(), url: 'file:///etc/passwd' }).map((e) => e.path)).toEqual(['/url']);
  });
});

describe('a form prefill', () => {
  it('when it fills a field the form lacks or has a button without a field, then each is named', () => {
    const form = sampleForm();
    form.prefill = [{ connector: 'people', on: 'button', inputs: { iin: 'iin' }, fill: { surname: 'person.name' } }];
    expect(validate(form)).toEqual([
      { path: '/prefill/0/button', message: expect.stringContaining('names the field') },
      { path: '/prefill/0/fill/surname', message: 'no field "person.name" in this form' },
    ]);
  });

  it('when the connector is missing, lacks an output, or needs an input not given, then crossCheck names it', () => {
    const form = sampleForm();
    form.prefill = [
      { connector: 'nobody', on: 'start', inputs: {}, fill: {} },
      { connector: 'people', on: 'start', inputs: {}, fill: { age: 'iin' } },
    ];
    const errors = crossCheck([sampleConnector(), form]).map((e) => [e.path, e.message]);
    expect(errors).toEqual([
      ['/prefill/0/connector', 'no connector "nobody"'],
      ['/prefill/1/inputs', 'connector "people" needs input "iin"'],
      ['/prefill/1/fill/age', 'connector "people" has no output "age"'],
    ]);
  });
});
