import { describe, expect, it } from 'vitest';
import { crossCheck, validate } from '../definitions';
import type { Template } from '../definitions/types';
import { sampleForm } from '../forms/sampleForm.fixture';
import { TemplateRefusedError, renderDocument, renderDocumentPage } from './render';

let counter = 0;
function template(body: Template['body'], extra: Partial<Template> = {}): Template {
  counter += 1;
  return {
    kind: 'template',
    id: `t${counter}`,
    version: 1,
    title: { kk: 'Шешім', ru: 'Решение', en: 'Decision' },
    body,
    ...extra,
  };
}

const data = {
  applicant: { name: 'Aigerim', iin: '850515300125' },
  kind: 'legal',
  channels: ['office', 'portal'],
  amount: 1234567.5,
  violations: { answer: true, details: 'late' },
  startDate: '2025-03-22',
  founders: [
    { name: 'A', share: 60 },
    { name: 'B', share: 40 },
  ],
};

describe('renderDocument()', () => {
  it('renders dates, numbers, yes/no and option labels in the template language', () => {
    const body =
      '{{date data.startDate}} | {{number data.amount}} | {{yesno data.violations}} | {{option data.kind "kind"}}';
    const t = template({ kk: body, ru: body, en: body });
    const input = { data, form: sampleForm };
    // Intl separates thousands with a (narrow) no-break space in kk and ru.
    const render = (lang: 'kk' | 'ru' | 'en') => renderDocument(t, { ...input, lang }).replace(/[\u00a0\u202f]/g, ' ');
    expect(render('en')).toBe('22 March 2025 | 1,234,567.5 | Yes | Legal entity');
    expect(render('ru')).toBe('22 марта 2025 г. | 1 234 567,5 | Да | Юридическое лицо');
    expect(render('kk')).toMatch(/^2025 ж\. 22 наурыз \| 1 234 567,5 \| Иә \| Заңды тұлға$/);
  });

  it('prints deadlines and instants in Almaty time', () => {
    const t = template({
      en: 'due {{due deadlines.decision}}; at {{datetime case.submittedAt}}; {{due deadlines.review}}',
    });
    const out = renderDocument(t, {
      lang: 'en',
      data: {},
      case: { submittedAt: '2025-03-21T20:30:00Z' },
      deadlines: { decision: '2025-04-10T18:30:00Z', review: { due: '2025-05-02' } },
    });
    // 20:30 UTC is past midnight in Almaty (UTC+5 or +6 by the tz database in use): the date moves to the 22nd.
    expect(out).toMatch(/^due 1[01] April 2025; at 22 March 2025(,| at) 0[12]:30; 2 May 2025$/);
  });

  it('falls back to another language when the template lacks the requested one', () => {
    const t = template({ ru: 'Дата: {{date data.startDate}}' });
    expect(renderDocument(t, { lang: 'kk', data })).toBe('Дата: 22 марта 2025 г.');
  });

  it('labels, joins, compares and looks up', () => {
    const t = template({
      en: '{{label service.title}}: {{join data.channels " / "}}; {{#if (eq data.kind "legal")}}legal{{else}}other{{/if}}; {{lookup data.applicant "name"}}; {{option data.channels "channels"}}',
    });
    const out = renderDocument(t, {
      lang: 'en',
      data,
      form: sampleForm,
      service: { title: { kk: 'Қызмет', en: 'Service' } },
    });
    expect(out).toBe('Service: office / portal; legal; Aigerim; Office, Portal');
  });

  it('walks table rows with each', () => {
    const t = template({ en: '{{#each data.founders}}{{@index}}:{{name}}={{number share}}%;{{/each}}' });
    expect(renderDocument(t, { lang: 'en', data })).toBe('0:A=60%;1:B=40%;');
  });

  it('escapes HTML in the data', () => {
    const t = template({ en: '<p>{{data.applicant.name}}</p>' });
    const out = renderDocument(t, { lang: 'en', data: { applicant: { name: '<script>alert(1)</script>' } } });
    expect(out).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(out).not.toContain('<script>');
  });

  it('escapes what helpers return too', () => {
    const t = template({ en: '{{label data.title}}|{{join data.list}}' });
    const out = renderDocument(t, { lang: 'en', data: { title: { en: '<b>x</b>' }, list: ['<i>'] } });
    expect(out).toBe('&lt;b&gt;x&lt;/b&gt;|&lt;i&gt;');
  });

  it('yields nothing for prototype properties reached by lookup', () => {
    const t = template({
      en: '[{{lookup data "constructor"}}][{{lookup data "__proto__"}}][{{lookup this "constructor"}}][{{lookup data.list "map"}}]',
    });
    expect(renderDocument(t, { lang: 'en', data: { list: [] } })).toBe('[][][][]');
  });

  it('refuses templates that read constructor or __proto__ by path', () => {
    for (const body of [
      '{{constructor.constructor}}',
      '{{data.__proto__}}',
      '{{#with data.constructor}}{{name}}{{/with}}',
    ]) {
      expect(() => renderDocument(template({ en: body }), { lang: 'en', data })).toThrow(TemplateRefusedError);
    }
  });

  it('refuses an unknown helper, a partial and unescaped output, never rendering them', () => {
    for (const body of ['{{shout data.name}}', '{{> header}}', '{{{data.name}}}', '{{log data}}', '{{#each']) {
      const t = template({ en: body });
      expect(() => renderDocument(t, { lang: 'en', data })).toThrow(TemplateRefusedError);
    }
    try {
      renderDocument(template({ en: '{{shout data.name}}' }), { lang: 'en', data });
    } catch (error) {
      expect((error as TemplateRefusedError).problems).toEqual([
        'uses helper "shout", which is not in the allowed set: if, unless, each, with, date, datetime, due, label, number, yesno, option, eq, join, lookup',
      ]);
    }
  });

  it('compiles once per template version and language, recompiling an edited draft', () => {
    const draft = template({ en: 'one' }, { version: undefined });
    expect(renderDocument(draft, { lang: 'en', data })).toBe('one');
    expect(renderDocument({ ...draft, body: { en: 'two' } }, { lang: 'en', data })).toBe('two');
  });

  it('prints "not given" for an unanswered yes/no and nothing for a missing date', () => {
    const t = template({ ru: '[{{yesno data.none}}][{{date data.none}}][{{number data.none}}]' });
    expect(renderDocument(t, { lang: 'ru', data: {} })).toBe('[не указано][][]');
  });
});

describe('renderDocumentPage()', () => {
  it('wraps the document in a printable HTML page titled in its language', () => {
    const t = template({ ru: '<h1>{{label service.title}}</h1>' }, { title: { ru: 'Решение <№1>' } });
    const page = renderDocumentPage(t, { lang: 'ru', data: {}, service: { title: { ru: 'Услуга' } } });
    expect(page).toMatch(/^<!doctype html>\n<html lang="ru">/);
    expect(page).toContain('<title>Решение &lt;№1&gt;</title>');
    expect(page).toContain('@page');
    expect(page).toContain('<main class="document">\n<h1>Услуга</h1>\n</main>');
  });
});

describe('template definitions', () => {
  it('report an unknown helper when the template is validated', () => {
    const t = template({ kk: '{{date data.startDate}}', en: '{{uppercase data.applicant.name}}' });
    expect(validate(t)).toEqual([
      {
        path: '/body/en',
        message:
          'uses helper "uppercase", which is not in the allowed set: if, unless, each, with, date, datetime, due, label, number, yesno, option, eq, join, lookup',
      },
    ]);
  });

  it('report a field the form lacks when the definitions are cross-checked, not when rendered', () => {
    const t = template(
      { en: '{{data.applicant.name}} {{data.applicant.passport}} {{#each data.founders}}{{name}}{{age}}{{/each}}' },
      { form: sampleForm.id },
    );
    const errors = crossCheck([sampleForm, t]);
    expect(errors).toEqual([
      {
        kind: 'template',
        id: t.id,
        path: '/body/en',
        message: `uses field "applicant.passport", which form "${sampleForm.id}" lacks`,
      },
      {
        kind: 'template',
        id: t.id,
        path: '/body/en',
        message: `uses field "founders.age", which form "${sampleForm.id}" lacks`,
      },
    ]);
  });
});
