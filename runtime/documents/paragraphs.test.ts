import { describe, expect, it } from 'vitest';
import type { Template } from '../definitions/types';
import { isPlainText, paragraphsOf } from './paragraphs';
import { renderDocument, renderDocumentPage } from './render';

function template(id: string, en: string): Template {
  return { kind: 'template', id, version: 1, title: { en: 'Decision' }, body: { en } };
}

const mainOf = (page: string) => /<main class="document">\n([\s\S]*)\n<\/main>/.exec(page)?.[1] ?? '';

describe('a plain-text template keeps its paragraphs in the printed page (and so in the PDF printed from it)', () => {
  it('when the body has a blank line, then the page has two paragraphs; a single newline is a line break', () => {
    const t = template('plain-1', 'Dear {{data.name}},\nyour application is accepted.\n\nThe provider');
    const page = renderDocumentPage(t, { lang: 'en', data: { name: 'Aigerim' } });
    expect(mainOf(page)).toBe('<p>Dear Aigerim,<br>\nyour application is accepted.</p>\n<p>The provider</p>');
  });

  it('when a value has a newline and markup, then it is escaped and its newline breaks the line', () => {
    const t = template('plain-2', 'Reason: {{reason}}');
    const page = renderDocumentPage(t, { lang: 'en', data: {}, reason: 'no permit\n<b>late</b>' });
    expect(mainOf(page)).toBe('<p>Reason: no permit<br>\n&lt;b&gt;late&lt;/b&gt;</p>');
  });

  it('when a block helper prints nothing, then no empty paragraph is left', () => {
    const t = template('plain-3', 'One\n\n{{#if data.missing}}Two{{/if}}\n\nThree');
    expect(mainOf(renderDocumentPage(t, { lang: 'en', data: {} }))).toBe('<p>One</p>\n<p>Three</p>');
  });

  it('when the body lays out its own HTML, then it is printed as written', () => {
    const t = template('html-1', '<h3>Reference</h3>\n<p>{{data.name}}</p>\n\n<p>End</p>');
    expect(mainOf(renderDocumentPage(t, { lang: 'en', data: { name: 'A' } }))).toBe(
      '<h3>Reference</h3>\n<p>A</p>\n\n<p>End</p>',
    );
  });

  it('when the text is rendered for a message (renderDocument), then its newlines stay newlines', () => {
    const t = template('plain-4', 'Subject\n\nBody');
    expect(renderDocument(t, { lang: 'en', data: {} })).toBe('Subject\n\nBody');
  });

  it('inline tags do not make a body HTML; block tags do', () => {
    expect(isPlainText('Total: <b>{{data.sum}}</b>')).toBe(true);
    expect(isPlainText('<div>x</div>')).toBe(false);
    expect(isPlainText('line<br>next')).toBe(false);
    expect(paragraphsOf('a\r\nb\r\n\r\nc')).toBe('<p>a<br>\nb</p>\n<p>c</p>');
  });
});
