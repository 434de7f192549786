import type { Ruleset } from '../../../../runtime/definitions/types';
import type { Evaluation } from '../../shared/runtime';
import { describeCondition } from '../conditionBuilder';

/** What one run of the test bench gave: the events, and for each rule whether it fired, its condition and its facts. */
export function BenchResult({ ruleset, result }: { ruleset: Ruleset; result: Evaluation }) {
  return (
    <div className="bench-result" data-testid="bench-result">
      <p>
        Events: {result.events.length ? result.events.map((e) => <code key={e.rule + e.type}>{e.type} </code>) : 'none'}
      </p>
      <ul className="rule-results">
        {result.rules.map((rule) => {
          const definition = ruleset.rules.find((r) => r.id === rule.id);
          return (
            <li key={rule.id} className={rule.fired ? 'fired' : 'not-fired'}>
              <strong>{rule.fired ? '✔ fired' : '✘ did not fire'}</strong> <code>{rule.id}</code>
              {definition && <div className="why">when {describeCondition(definition.conditions)}</div>}
              <div className="why">
                facts:{' '}
                {Object.entries(rule.facts)
                  .map(([k, v]) => `${k} = ${JSON.stringify(v)}`)
                  .join('; ') || '—'}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
