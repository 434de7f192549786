import Handlebars from 'handlebars';
import { ALLOWED_HELPERS } from './helperNames';

type Node = hbs.AST.Node;

/** The paths a template reads, with the block scope they are read in (an `#each` over a table changes it). */
export interface PathUse {
  /** dot path as written, e.g. "data.applicant.name" or, inside an each, "name" */
  path: string;
  /** the path of the enclosing `#each`, or "" at the top */
  scope: string;
  /** printed as it is ({{path}}), not handed to a helper or a block */
  printed?: boolean;
}

export interface TemplateScan {
  errors: string[];
  helpers: string[];
  paths: PathUse[];
  /** a mustache that emits without escaping ({{{x}}}, {{&x}} in any whitespace-control form) */
  unescaped?: boolean;
}

/** Parses a template and lists the helpers and data paths it uses, without rendering it. */
export function scanTemplate(source: string): TemplateScan {
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(source);
  } catch (error) {
    return { errors: [`does not parse: ${(error as Error).message.split('\n')[0]}`], helpers: [], paths: [] };
  }
  const scan: TemplateScan = { errors: [], helpers: [], paths: [] };
  walk(program, '', scan);
  return scan;
}

/** Syntax errors and helpers outside the fixed set; a template that fails here is never rendered. */
export function checkTemplateSyntax(source: string): string[] {
  const scan = scanTemplate(source);
  const errors = [...scan.errors];
  for (const helper of new Set(scan.helpers)) {
    // the allowed set is named: the analyst sees what to use instead
    if (!ALLOWED_HELPERS.has(helper))
      errors.push(`uses helper "${helper}", which is not in the allowed set: ${[...ALLOWED_HELPERS].join(', ')}`);
  }
  for (const use of scan.paths) {
    if (/(^|\.)(__proto__|constructor|prototype)(\.|$)/.test(use.path)) {
      errors.push(`reads "${use.path}", which reaches into object prototypes`);
    }
  }
  if (/\{\{~?\{|\{\{~?&/.test(source)) errors.push('uses triple-stash or {{& }}: unescaped HTML is not allowed');
  if (scan.unescaped && !errors.some((e) => e.startsWith('uses triple-stash')))
    errors.push('emits a value without escaping it: unescaped HTML is not allowed');
  const element = ACTIVE_HTML.exec(source);
  if (element)
    errors.push(
      `holds "${element[0].trim()}": a document has no scripts, frames, forms, links, meta or base elements, event handlers or javascript: URLs`,
    );
  return errors;
}

/**
 * HTML that runs, navigates, refreshes or loads: none of it belongs in a printable document,
 * and case data written into it (even escaped, e.g. a URL) would steer the reader.
 */
const ACTIVE_HTML =
  /<\s*\/?\s*(script|meta|base|i?frame|object|embed|form|link|svg|math)\b|\son[a-z]+\s*=|javascript\s*:/i;

function pathOf(node: Node): string | undefined {
  if (node.type !== 'PathExpression') return undefined;
  const path = node as hbs.AST.PathExpression;
  if (path.data) return undefined; // @index, @root…: handled by Handlebars itself
  return path.parts.join('.');
}

function walk(node: Node | undefined | null, scope: string, scan: TemplateScan): void {
  if (!node) return;
  switch (node.type) {
    case 'Program':
      for (const statement of (node as hbs.AST.Program).body) walk(statement, scope, scan);
      return;
    case 'MustacheStatement':
    case 'SubExpression':
    case 'BlockStatement': {
      const call = node as hbs.AST.MustacheStatement | hbs.AST.BlockStatement;
      // the parser's own verdict, whatever the syntax (~, &, {{{): no regular expression on the source can miss one
      if (node.type === 'MustacheStatement' && (node as hbs.AST.MustacheStatement).escaped === false)
        scan.unescaped = true;
      const name = pathOf(call.path);
      const isHelper = call.params.length > 0 || (call.hash?.pairs.length ?? 0) > 0 || node.type === 'BlockStatement';
      if (name !== undefined) {
        if (isHelper || node.type === 'SubExpression') scan.helpers.push(name);
        else scan.paths.push({ path: name, scope, ...(node.type === 'MustacheStatement' ? { printed: true } : {}) });
      }
      for (const param of call.params) walkExpression(param, scope, scan);
      for (const pair of call.hash?.pairs ?? []) walkExpression(pair.value, scope, scan);
      if (node.type === 'BlockStatement') {
        const block = node as hbs.AST.BlockStatement;
        const first = block.params[0] ? pathOf(block.params[0]) : undefined;
        const inner = (name === 'each' || name === 'with') && first !== undefined ? joinScope(scope, first) : scope;
        walk(block.program, inner, scan);
        walk(block.inverse, scope, scan);
      }
      return;
    }
    case 'PartialStatement':
    case 'PartialBlockStatement':
      scan.errors.push('uses a partial: templates are self-contained');
      return;
    case 'DecoratorBlock':
    case 'Decorator':
      scan.errors.push('uses a decorator, which is not allowed');
      return;
    default:
      return;
  }
}

function walkExpression(node: Node, scope: string, scan: TemplateScan): void {
  if (node.type === 'SubExpression') {
    walk(node, scope, scan);
    return;
  }
  const name = pathOf(node);
  if (name !== undefined) scan.paths.push({ path: name, scope });
}

function joinScope(scope: string, path: string): string {
  if (path === 'this' || path === '') return scope;
  return scope ? `${scope}.${path}` : path;
}
