import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'parse5';
import PDFDocument from 'pdfkit';

// DejaVu covers Kazakh Cyrillic (ә ғ қ ң ө ұ ү һ і) and Russian; pdfkit embeds the subset it uses
// with a ToUnicode map, so the text of the PDF can be searched and copied
const require = createRequire(import.meta.url);
const FONTS = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT = {
  regular: path.join(FONTS, 'DejaVuSerif.ttf'),
  bold: path.join(FONTS, 'DejaVuSerif-Bold.ttf'),
  italic: path.join(FONTS, 'DejaVuSerif-Italic.ttf'),
  boldItalic: path.join(FONTS, 'DejaVuSerif-BoldItalic.ttf'),
};

// the margins of the HTML page's @page rule (runtime/documents/render.ts): 20 15 20 25 mm
const MM = 72 / 25.4;
const MARGINS = { top: 20 * MM, right: 15 * MM, bottom: 20 * MM, left: 25 * MM };
const HEADINGS: Record<string, number> = { h1: 16, h2: 14, h3: 13, h4: 12, h5: 12, h6: 12 };
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'address', 'blockquote', 'pre']);
const SKIP = new Set(['head', 'style', 'script', 'title', 'template']);

interface Node {
  nodeName: string;
  value?: string;
  childNodes?: Node[];
  attrs?: { name: string; value: string }[];
}

interface Style {
  bold: boolean;
  italic: boolean;
  size: number;
  align: 'left' | 'center';
}

interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
}

/**
 * Lays out a result document's HTML (as runtime/documents renders it) on A4 pages with pdfkit:
 * headings, paragraphs, line breaks, lists and tables, bold and italic, in the same order and
 * words as the HTML. Not a browser: no CSS beyond what result documents use.
 */
export function htmlToPdf(html: string, meta: { title: string; lang: string; createdAt: Date }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    info: { Title: meta.title, Creator: 'Qagida', Producer: 'Qagida', CreationDate: meta.createdAt },
    lang: meta.lang,
    displayTitle: true,
    bufferPages: false,
  });
  doc.registerFont('regular', FONT.regular);
  doc.registerFont('bold', FONT.bold);
  doc.registerFont('italic', FONT.italic);
  doc.registerFont('boldItalic', FONT.boldItalic);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  new Layout(doc).block(parse(html));
  doc.end();
  return done;
}

class Layout {
  private runs: Run[] = [];
  private listDepth = 0;

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  block(node: Node, style: Style = { bold: false, italic: false, size: 12, align: 'left' }): void {
    for (const child of node.childNodes ?? []) this.node(child, style);
  }

  private node(node: Node, style: Style): void {
    const name = node.nodeName;
    if (SKIP.has(name)) return;
    if (name === '#text') {
      this.runs.push({ text: node.value ?? '', bold: style.bold, italic: style.italic });
      return;
    }
    if (name === 'br') {
      this.runs.push({ text: '\n', bold: style.bold, italic: style.italic });
      return;
    }
    if (name in HEADINGS) {
      this.flush(style);
      this.block(node, { ...style, bold: true, size: HEADINGS[name] as number, align: 'center' });
      this.flush({ ...style, bold: true, size: HEADINGS[name] as number, align: 'center' }, 6);
      return;
    }
    if (name === 'b' || name === 'strong' || name === 'th') return this.block(node, { ...style, bold: true });
    if (name === 'i' || name === 'em') return this.block(node, { ...style, italic: true });
    if (name === 'table') {
      this.flush(style);
      this.table(node, style);
      return;
    }
    if (name === 'ul' || name === 'ol') {
      this.flush(style);
      this.listDepth++;
      let n = 0;
      for (const item of node.childNodes ?? []) {
        if (item.nodeName !== 'li') continue;
        n++;
        this.runs.push({ text: name === 'ol' ? `${n}. ` : '• ', bold: style.bold, italic: style.italic });
        this.block(item, style);
        this.flush(style, 2);
      }
      this.listDepth--;
      return;
    }
    if (BLOCKS.has(name) || name === 'li') {
      this.flush(style);
      this.block(node, style);
      this.flush(style, 6);
      return;
    }
    this.block(node, style);
  }

  /** Writes the pending inline runs as one paragraph, whitespace collapsed as HTML does. */
  private flush(style: Style, gapAfter = 0): void {
    const runs = collapse(this.runs);
    this.runs = [];
    if (runs.length === 0) return;
    const doc = this.doc;
    const indent = this.listDepth * 14;
    doc.fontSize(style.size);
    runs.forEach((run, i) => {
      doc.font(fontOf(run)).text(run.text, doc.page.margins.left + indent, undefined, {
        continued: i < runs.length - 1,
        align: style.align,
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right - indent,
      });
    });
    if (gapAfter) doc.moveDown(gapAfter / style.size);
  }

  private table(node: Node, style: Style): void {
    const rows = rowsOf(node);
    const columns = Math.max(1, ...rows.map((r) => r.length));
    const doc = this.doc;
    const left = doc.page.margins.left;
    const width = (doc.page.width - left - doc.page.margins.right) / columns;
    const pad = 3;
    doc.fontSize(style.size - 1);
    for (const row of rows) {
      const texts = row.map((cell) => ({ text: textOf(cell.node).replace(/\s+/g, ' ').trim(), bold: cell.header }));
      const height =
        Math.max(
          ...texts.map((t) =>
            doc.font(t.bold ? 'bold' : 'regular').heightOfString(t.text || ' ', { width: width - 2 * pad }),
          ),
        ) +
        2 * pad;
      if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
      const top = doc.y;
      texts.forEach((t, i) => {
        const x = left + i * width;
        doc.rect(x, top, width, height).lineWidth(0.5).stroke();
        doc.font(t.bold ? 'bold' : 'regular').text(t.text, x + pad, top + pad, { width: width - 2 * pad });
      });
      doc.x = left;
      doc.y = top + height;
    }
    doc.moveDown(0.5);
  }
}

const fontOf = (run: Run) => (run.bold ? (run.italic ? 'boldItalic' : 'bold') : run.italic ? 'italic' : 'regular');

/** HTML's whitespace rule: runs of spaces and newlines are one space; `<br>` alone breaks a line. */
function collapse(runs: Run[]): Run[] {
  const out: Run[] = [];
  let atLineStart = true;
  for (const run of runs) {
    if (run.text === '\n') {
      // the break goes inside the text before it: pdfkit breaks lines on '\n' within a run
      const last = out.at(-1);
      if (last) last.text = `${last.text.replace(/ $/, '')}\n`;
      atLineStart = true;
      continue;
    }
    let text = run.text.replace(/\s+/g, ' ');
    if (atLineStart) text = text.replace(/^ /, '');
    if (!text) continue;
    atLineStart = text.endsWith(' ');
    const last = out.at(-1);
    if (last && last.bold === run.bold && last.italic === run.italic) last.text += text;
    else out.push({ ...run, text });
  }
  const last = out.at(-1);
  if (last) last.text = last.text.replace(/ $/, '');
  return out.filter((r) => r.text !== '');
}

function rowsOf(table: Node): { node: Node; header: boolean }[][] {
  const rows: { node: Node; header: boolean }[][] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes ?? []) {
      if (child.nodeName === 'tr')
        rows.push(
          (child.childNodes ?? [])
            .filter((c) => c.nodeName === 'td' || c.nodeName === 'th')
            .map((c) => ({ node: c, header: c.nodeName === 'th' })),
        );
      else if (['thead', 'tbody', 'tfoot'].includes(child.nodeName)) walk(child);
    }
  };
  walk(table);
  return rows;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (node.nodeName === 'br') return '\n';
  return (node.childNodes ?? []).map(textOf).join(' ');
}
