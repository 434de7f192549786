import type { Condition, FactCondition } from '../../../runtime/definitions/types';
import {
  isAllCondition,
  isAnyCondition,
  isConditionReference,
  isFactCondition,
  isNotCondition,
} from '../../../runtime/definitions/conditionGuards';
import { getAt, parsePointer, setAt } from '../shared/pointer';

/** A node of the condition tree, named by a pointer relative to the tree's root ('' is the root). */
export type ConditionAction =
  | { type: 'addLeaf'; group: string; fact: string }
  | { type: 'addGroup'; group: string; kind: 'all' | 'any' }
  | { type: 'remove'; at: string }
  | { type: 'setGroupKind'; at: string; kind: 'all' | 'any' }
  | { type: 'negate'; at: string }
  | { type: 'updateLeaf'; at: string; patch: Partial<Pick<FactCondition, 'fact' | 'operator' | 'value' | 'path'>> }
  /** adds a reference to one of the ruleset's named conditions to a group */
  | { type: 'addReference'; group: string; name: string }
  /** points a reference at another named condition */
  | { type: 'setReference'; at: string; name: string };

export type GroupKind = 'all' | 'any';

/** A group's kind and its children. */
export interface ConditionGroup {
  kind: GroupKind;
  children: readonly Condition[];
}

/** A group's kind and its children; null for a node that is not a group. */
export function groupOf(condition: Condition | undefined): ConditionGroup | null {
  if (isAllCondition(condition)) return { kind: 'all', children: condition.all };
  if (isAnyCondition(condition)) return { kind: 'any', children: condition.any };
  return null;
}

function newGroup(kind: GroupKind, children: Condition[], name?: string): Condition {
  const named = name === undefined ? {} : { name };
  return kind === 'all' ? { ...named, all: children } : { ...named, any: children };
}

/** Operators that compare with a list, whose value the builder edits as comma-separated items. */
export const LIST_OPERATORS = new Set(['in', 'notIn']);
/** Operators that need no value from the analyst (json-rules-engine still wants one: true). */
export const UNARY_OPERATORS = new Set(['isEmpty']);

export const OPERATOR_LABELS: Record<string, string> = {
  equal: '=',
  notEqual: '≠',
  lessThan: '<',
  lessThanInclusive: '≤',
  greaterThan: '>',
  greaterThanInclusive: '≥',
  in: 'is one of',
  notIn: 'is none of',
  contains: 'contains',
  doesNotContain: 'does not contain',
  dateBefore: 'date before',
  dateAfter: 'date after',
  dateOnOrBefore: 'date on or before',
  dateOnOrAfter: 'date on or after',
  containsIgnoreCase: 'contains (any case)',
  isEmpty: 'is empty',
  countInPeriodAtLeast: 'count in period ≥',
};

export function newLeaf(fact: string): FactCondition {
  return { fact, operator: 'equal', value: true };
}

export function conditionReducer(root: Condition, action: ConditionAction): Condition {
  switch (action.type) {
    case 'addLeaf':
    case 'addGroup':
    case 'addReference': {
      const group = groupOf(getAt(root, action.group) as Condition | undefined);
      if (!group) return root;
      const child: Condition =
        action.type === 'addLeaf'
          ? newLeaf(action.fact)
          : action.type === 'addReference'
            ? { condition: action.name }
            : newGroup(action.kind, []);
      return setAt(root, `${action.group}/${group.kind}`, [...group.children, child]);
    }
    case 'remove': {
      if (action.at === '') return root;
      const tokens = parsePointer(action.at);
      const last = tokens[tokens.length - 1];
      // Removing the only child of a "not" removes the "not" with it.
      if (last === 'not') return conditionReducer(root, { type: 'remove', at: action.at.slice(0, -'/not'.length) });
      return setAt(root, action.at, undefined);
    }
    case 'setGroupKind': {
      const node = getAt(root, action.at) as Condition | undefined;
      const group = groupOf(node);
      if (!node || !group || group.kind === action.kind) return root;
      return setAt(root, action.at, newGroup(action.kind, [...group.children], node.name));
    }
    case 'negate': {
      const node = getAt(root, action.at) as Condition | undefined;
      if (!node) return root;
      if (isNotCondition(node)) return setAt(root, action.at, node.not);
      if (action.at === '') return { all: [{ not: node }] }; // the top of a rule must stay a group
      return setAt(root, action.at, { not: node });
    }
    case 'setReference': {
      const node = getAt(root, action.at) as Condition | undefined;
      if (!isConditionReference(node)) return root;
      return setAt(root, action.at, { ...node, condition: action.name });
    }
    case 'updateLeaf': {
      const node = getAt(root, action.at) as Condition | undefined;
      if (!isFactCondition(node)) return root;
      const next: FactCondition = { ...node, ...action.patch };
      if (action.patch.path === '') delete next.path;
      if (action.patch.operator && UNARY_OPERATORS.has(action.patch.operator)) next.value = true;
      else if (action.patch.operator && LIST_OPERATORS.has(action.patch.operator) && !Array.isArray(next.value)) {
        next.value = next.value === undefined || next.value === '' ? [] : [next.value];
      } else if (action.patch.operator && !LIST_OPERATORS.has(action.patch.operator) && Array.isArray(next.value)) {
        next.value = next.value[0] ?? '';
      }
      return setAt(root, action.at, next);
    }
  }
}

/** Reads what the analyst typed as the value the fact's type calls for. */
export function parseValue(text: string, factType: string | undefined, operator: string): unknown {
  if (LIST_OPERATORS.has(operator)) {
    return text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => parseValue(s, factType, 'equal'));
  }
  if (factType === 'number' && text.trim() !== '' && !Number.isNaN(Number(text))) return Number(text);
  if (factType === 'boolean' || text === 'true' || text === 'false') {
    if (text === 'true') return true;
    if (text === 'false') return false;
  }
  if (/^\{.*\}$/.test(text.trim())) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

export function formatValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return value === undefined ? '' : String(value);
}

/** The condition in words, for the test bench and the case page: "(age ≥ 18 and not (channel = portal))". */
export function describeCondition(condition: Condition): string {
  const group = groupOf(condition);
  if (group) {
    const parts = group.children.map(describeCondition);
    if (parts.length === 0) return group.kind === 'all' ? 'always' : 'never';
    return parts.length === 1 ? (parts[0] as string) : `(${parts.join(group.kind === 'all' ? ' and ' : ' or ')})`;
  }
  if (isNotCondition(condition)) return `not ${describeCondition(condition.not)}`;
  if (isConditionReference(condition)) return `[${condition.condition}]`;
  if (!isFactCondition(condition)) return '';
  const fact = condition.path ? `${condition.fact}${condition.path.slice(1)}` : condition.fact;
  const operator = OPERATOR_LABELS[condition.operator] ?? condition.operator;
  if (UNARY_OPERATORS.has(condition.operator)) return `${fact} ${operator}`;
  return `${fact} ${operator} ${formatValue(condition.value)}`;
}
