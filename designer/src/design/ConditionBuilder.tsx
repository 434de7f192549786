import { useTranslation } from 'react-i18next';
import { useId, type ReactNode } from 'react';
import type { Condition, ConditionReference, DefinitionError, FactCondition } from '../../../runtime/definitions/types';
import { isConditionReference, isFactCondition, isNotCondition } from '../../../runtime/definitions/conditionGuards';
import { errorsUnder } from '../shared/pointer';
import { OPERATORS } from '../shared/runtime';
import { ErrorsAt } from '../shared/widgets';
import {
  LIST_OPERATORS,
  OPERATOR_LABELS,
  UNARY_OPERATORS,
  conditionReducer,
  formatValue,
  groupOf,
  parseValue,
  type ConditionAction,
  type ConditionGroup,
} from './conditionBuilder';

export interface FactChoice {
  id: string;
  type?: string;
}

/** An event a ruleset declares, offered where a condition tests `events`. */
export interface EventOption {
  type: string;
  label?: Record<string, string | undefined>;
}

/** Operators whose single value names one event when the fact is `events`. */
const ONE_EVENT = new Set(['contains', 'doesNotContain', 'equal', 'notEqual']);

/** all / any / not over the declared facts; `at` is the condition's pointer in the definition, for its errors. */
export function ConditionBuilder({
  value,
  onChange,
  facts,
  errors,
  at,
  label = 'Conditions',
  names = [],
  events,
}: {
  value: Condition;
  onChange: (c: Condition) => void;
  facts: readonly FactChoice[];
  errors: readonly DefinitionError[];
  at: string;
  label?: string;
  /** the ruleset's named conditions a node may refer to (none outside a ruleset) */
  names?: readonly string[];
  /** when given, facts and events are chosen from what is declared, not typed */
  events?: readonly EventOption[];
}) {
  const listId = useId();
  const dispatch = (action: ConditionAction) => onChange(conditionReducer(value, action));
  return (
    <div className="condition-builder" role="group" aria-label={label} data-pointer={at}>
      <datalist id={listId}>
        {facts.map((f) => (
          <option key={f.id} value={f.id} />
        ))}
      </datalist>
      <Node
        node={value}
        rel=""
        at={at}
        facts={facts}
        events={events}
        errors={errors}
        dispatch={dispatch}
        listId={listId}
        depth={0}
        names={names}
      />
    </div>
  );
}

interface NodeProps {
  names: readonly string[];
  node: Condition;
  rel: string;
  at: string;
  facts: readonly FactChoice[];
  events?: readonly EventOption[];
  errors: readonly DefinitionError[];
  dispatch: (a: ConditionAction) => void;
  listId: string;
  depth: number;
}

/** A leaf's props: the node is a fact, an operator and a value. */
type LeafProps = NodeProps & { node: FactCondition };

/** The negate and remove buttons every node carries (the root cannot be removed). */
interface NodeButtons {
  negate: ReactNode;
  remove: ReactNode;
}

/** One node of the tree: a negation, a reference to a named condition, a group (all / any) or a leaf. */
function Node(props: NodeProps) {
  const { t } = useTranslation('design');
  const { node, rel, at, errors, dispatch, names, depth } = props;
  const remove =
    rel !== '' ? (
      <button
        type="button"
        className="small"
        aria-label={t('s.remove_condition')}
        onClick={() => dispatch({ type: 'remove', at: rel })}
      >
        ✕
      </button>
    ) : null;
  const negate = (
    <button
      type="button"
      className="small"
      onClick={() => dispatch({ type: 'negate', at: rel })}
      aria-pressed={isNotCondition(node)}
    >
      not
    </button>
  );
  if (isNotCondition(node)) {
    return (
      <div className="cond-not" style={{ marginLeft: depth ? 12 : 0 }}>
        <span className="cond-word">NOT</span> {negate} {remove}
        <Node {...props} node={node.not} rel={`${rel}/not`} depth={depth + 1} />
      </div>
    );
  }
  if (isConditionReference(node))
    return (
      <Reference
        node={node}
        rel={rel}
        pointer={at + rel}
        names={names}
        errors={errors}
        dispatch={dispatch}
        negate={negate}
        remove={remove}
        depth={depth}
      />
    );
  const group = groupOf(node);
  if (group) return <GroupNode {...props} group={group} negate={negate} remove={remove} />;
  if (isFactCondition(node)) return <LeafNode {...props} node={node} negate={negate} remove={remove} />;
  // a node of none of the kinds (a draft written by hand): its error, and the way to remove it
  return (
    <div className="cond-leaf" style={{ marginLeft: depth ? 12 : 0 }} data-pointer={at + rel}>
      {remove}
      <ErrorsAt errors={errors} at={at + rel} />
    </div>
  );
}

/** all / any of the children, with buttons to add a leaf, a group or a reference. */
function GroupNode(props: NodeProps & NodeButtons & { group: ConditionGroup }) {
  const { t } = useTranslation('design');
  const { t: tr } = useTranslation('rulesets');
  const { rel, at, facts, errors, dispatch, depth, names, group, negate, remove } = props;
  const { kind, children } = group;
  const pointer = at + rel;
  return (
    <div
      className={`cond-group${errorsUnder(errors, pointer).length ? ' invalid' : ''}`}
      style={{ marginLeft: depth ? 12 : 0 }}
    >
      <div className="cond-head">
        <label>
          {t('s.match')}
          <select
            value={kind}
            onChange={(e) => dispatch({ type: 'setGroupKind', at: rel, kind: e.target.value as 'all' | 'any' })}
          >
            <option value="all">{t('cond.all')}</option>
            <option value="any">{t('cond.any')}</option>
          </select>
        </label>
        {negate}
        <button
          type="button"
          className="small"
          onClick={() => dispatch({ type: 'addLeaf', group: rel, fact: facts[0]?.id ?? 'fact' })}
        >
          {t('cond.addLeaf')}
        </button>
        <button
          type="button"
          className="small"
          onClick={() => dispatch({ type: 'addGroup', group: rel, kind: kind === 'all' ? 'any' : 'all' })}
        >
          {t('cond.addGroup')}
        </button>
        {names.length > 0 && (
          <button
            type="button"
            className="small"
            onClick={() => dispatch({ type: 'addReference', group: rel, name: names[0] as string })}
          >
            {tr('named.addReference')}
          </button>
        )}
        {remove}
      </div>
      <ErrorsAt errors={errors} at={pointer} />
      {children.map((child, i) => (
        <Node
          key={i}
          node={child}
          rel={`${rel}/${kind}/${i}`}
          at={at}
          facts={facts}
          events={props.events}
          errors={errors}
          dispatch={dispatch}
          listId={props.listId}
          depth={depth + 1}
          names={names}
        />
      ))}
    </div>
  );
}

/** A fact, an operator and a value (an event when the fact is `events`). */
function LeafNode(props: LeafProps & NodeButtons) {
  const { t } = useTranslation('design');
  const { node, rel, at, facts, events, errors, dispatch, negate, remove, depth } = props;
  const pointer = at + rel;
  const factType = facts.find((f) => f.id === node.fact)?.type;
  const operator = node.operator;
  const eventPicker = events !== undefined && node.fact === 'events' && ONE_EVENT.has(operator);
  return (
    <div className="cond-leaf" style={{ marginLeft: depth ? 12 : 0 }} data-pointer={pointer}>
      <FactInput {...props} />
      <label>
        {t('s.operator')}
        <select
          value={operator}
          onChange={(e) => dispatch({ type: 'updateLeaf', at: rel, patch: { operator: e.target.value } })}
        >
          {OPERATORS.map((o) => (
            <option key={o} value={o}>
              {t(`operator.${o}`, { defaultValue: OPERATOR_LABELS[o] ?? o })}
            </option>
          ))}
        </select>
      </label>
      {eventPicker && <EventPicker {...props} events={events} />}
      {!eventPicker && !UNARY_OPERATORS.has(operator) && (
        <ValueInput {...props} operator={operator} factType={factType} />
      )}
      {negate}
      {remove}
      <ErrorsAt errors={errors} at={pointer} />
      <ErrorsAt errors={errors} at={`${pointer}/fact`} />
      <ErrorsAt errors={errors} at={`${pointer}/value`} />
    </div>
  );
}

/** The leaf's fact: chosen among the declared ones (with events), else typed with the declared ones offered. */
function FactInput({ node, rel, at, facts, events, errors, dispatch, listId }: LeafProps) {
  const { t } = useTranslation('design');
  const { t: te } = useTranslation('editors');
  const pointer = at + rel;
  const factKnown = facts.some((f) => f.id === node.fact);
  return events ? (
    <label>
      {te('cond.fact')}
      <select
        value={node.fact}
        onChange={(e) => dispatch({ type: 'updateLeaf', at: rel, patch: { fact: e.target.value } })}
        aria-invalid={errorsUnder(errors, `${pointer}/fact`).length > 0 || !factKnown || undefined}
      >
        {!factKnown && <option value={node.fact}>{te('cond.undeclared', { id: node.fact })}</option>}
        {facts.map((f) => (
          <option key={f.id} value={f.id}>
            {f.id}
          </option>
        ))}
      </select>
    </label>
  ) : (
    <label>
      {t('s.fact')}
      <input
        list={listId}
        value={node.fact}
        onChange={(e) => dispatch({ type: 'updateLeaf', at: rel, patch: { fact: e.target.value } })}
        aria-invalid={errorsUnder(errors, `${pointer}/fact`).length > 0 || undefined}
      />
    </label>
  );
}

/** The event a leaf on `events` names, chosen among those the ruleset declares. */
function EventPicker({ node, rel, at, errors, dispatch, events }: LeafProps & { events: readonly EventOption[] }) {
  const { t: te, i18n } = useTranslation('editors');
  const pointer = at + rel;
  const eventValue = typeof node.value === 'string' ? node.value : '';
  const eventKnown = events.some((e) => e.type === eventValue);
  const lang = i18n.language as 'kk' | 'ru' | 'en';
  return (
    <label>
      {te('cond.event')}
      <select
        value={eventValue}
        onChange={(e) => dispatch({ type: 'updateLeaf', at: rel, patch: { value: e.target.value } })}
        aria-invalid={errorsUnder(errors, `${pointer}/value`).length > 0 || (!!eventValue && !eventKnown) || undefined}
      >
        {!eventValue && <option value="">{te('cond.chooseEvent')}</option>}
        {eventValue && !eventKnown && <option value={eventValue}>{te('cond.undeclared', { id: eventValue })}</option>}
        {events.map((e) => (
          <option key={e.type} value={e.type}>
            {e.label?.[lang] ? `${e.label[lang]} (${e.type})` : e.type}
          </option>
        ))}
      </select>
      {events.length === 0 && <span className="muted"> {te('cond.noEvents')}</span>}
    </label>
  );
}

/** The value the fact is compared with: yes/no for a yes/no fact, else typed (a list comma-separated). */
function ValueInput({
  node,
  rel,
  dispatch,
  operator,
  factType,
}: LeafProps & { operator: string; factType: string | undefined }) {
  const { t } = useTranslation('design');
  return (
    <label>
      Value{LIST_OPERATORS.has(operator) ? ' (comma separated)' : ''}
      {factType === 'boolean' && !LIST_OPERATORS.has(operator) ? (
        <select
          value={String(node.value)}
          onChange={(e) => dispatch({ type: 'updateLeaf', at: rel, patch: { value: e.target.value === 'true' } })}
        >
          <option value="true">{t('cond.yes')}</option>
          <option value="false">{t('cond.no')}</option>
        </select>
      ) : (
        <input
          defaultValue={formatValue(node.value)}
          key={`${operator}:${formatValue(node.value)}`}
          onBlur={(e) =>
            dispatch({
              type: 'updateLeaf',
              at: rel,
              patch: { value: parseValue(e.target.value, factType, operator) },
            })
          }
        />
      )}
    </label>
  );
}

/** A reference to a named condition of the ruleset: which one, as a choice among them. */
function Reference({
  node,
  rel,
  pointer,
  names,
  errors,
  dispatch,
  negate,
  remove,
  depth,
}: {
  node: ConditionReference;
  rel: string;
  pointer: string;
  names: readonly string[];
  errors: readonly DefinitionError[];
  dispatch: (a: ConditionAction) => void;
  negate: ReactNode;
  remove: ReactNode;
  depth: number;
}) {
  const { t } = useTranslation('rulesets');
  const name = node.condition;
  return (
    <div className="cond-leaf cond-ref" style={{ marginLeft: depth ? 12 : 0 }} data-pointer={pointer}>
      <label>
        {t('named.reference')}
        <select
          value={name}
          onChange={(e) => dispatch({ type: 'setReference', at: rel, name: e.target.value })}
          aria-invalid={errorsUnder(errors, `${pointer}/condition`).length > 0 || undefined}
        >
          {[...new Set([name, ...names])].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      {negate}
      {remove}
      <ErrorsAt errors={errors} at={pointer} />
      <ErrorsAt errors={errors} at={`${pointer}/condition`} />
    </div>
  );
}
