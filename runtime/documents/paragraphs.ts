/**
 * A template written as plain text (no block-level HTML of its own) keeps the paragraphs its author typed:
 * the renderer's HTML would otherwise run every line into one paragraph, in the page and in the PDF printed from it.
 */
const BLOCK_TAG =
  /<\s*\/?\s*(p|br|div|h[1-6]|table|thead|tbody|tr|td|th|ul|ol|li|dl|dt|dd|section|article|header|footer|pre|blockquote|hr)\b/i;

/** Whether a template body is plain text: it lays out no block of HTML itself (inline tags such as <b> may be there). */
export function isPlainText(source: string): boolean {
  return !BLOCK_TAG.test(source);
}

/**
 * Rendered plain text (already HTML-escaped) as paragraphs: a blank line starts a new paragraph, a single newline
 * is a line break. Lines left empty by a block helper that printed nothing do not make empty paragraphs.
 */
export function paragraphsOf(rendered: string): string {
  return rendered
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .join('<br>\n'),
    )
    .filter(Boolean)
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('\n');
}
