import { describe, expect, it } from 'vitest';
import type { Template } from '../definitions/types';
import { renderDocument } from '../documents/render';
import { sampleForm } from '../forms/sampleForm.fixture';
import { missingVariables, sampleRenderInput } from './sampleDocument';
import { optionsOf } from '../definitions/fieldGuards';

const template = (en: string): Template => ({
  kind: 'template',
  id: 'preview',
  title: { en: 'Preview' },
  body: { en, ru: en },
});

describe("the template preview's case data is generated from the form, as the walks generate a case", () => {
  it('when the form has a choice, then the preview prints its label in the document language, not its code', () => {
    const input = sampleRenderInput(sampleForm, 'ru');
    const text = renderDocument(template('{{option data.kind "kind"}} / {{data.applicant.iin}}'), input);
    const kind = sampleForm.fields.find((f) => f.key === 'kind');
    expect(text).toBe(
      `${optionsOf(kind)[0]?.label.ru} / ${(input.data as { applicant: { iin: string } }).applicant.iin}`,
    );
    expect((input.data as { applicant: { iin: string } }).applicant.iin).toMatch(/^\d{12}$/);
  });

  it("when the template prints a field the form does not have (a typo), then it is named as missing; the form's and the case's are not", () => {
    const source =
      '{{data.applicant.name}} {{data.aplicant.iin}} {{case.number}} {{decision.reason}} {{date data.startDat}}';
    expect(missingVariables(source, sampleRenderInput(sampleForm, 'en'))).toEqual([
      'data.aplicant.iin',
      'data.startDat',
    ]);
  });

  it('when an expression reads an item inside each or with, or a deadline of the service, then it is not reported', () => {
    const source =
      '{{#each data.founders}}{{name}}{{/each}}{{#with data.applicant}}{{iin}}{{/with}}{{due deadlines.result}}';
    expect(missingVariables(source, sampleRenderInput(sampleForm, 'en'))).toEqual([]);
  });

  it('when a condition tests a field no form has, then it is missing, and so is what its else branch prints', () => {
    const source = '{{#if data.permit}}yes{{else}}{{data.nothing}}{{/if}}';
    expect(missingVariables(source, sampleRenderInput(sampleForm, 'en'))).toEqual(['data.permit', 'data.nothing']);
  });
});
