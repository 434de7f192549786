import type { CaseView } from './caseTypes';

/** Which rules fired on the case and why: the facts each rule read. */
export function CaseOutcomes({ caseView }: { caseView: CaseView }) {
  const outcomes = caseView.outcomes ?? [];
  return (
    <section className="panel" aria-label="Rules">
      <h2>Rules</h2>
      {outcomes.length === 0 && <p>No ruleset was evaluated.</p>}
      {outcomes.map((o) => (
        <div key={o.ruleset} className="outcome" data-testid={`outcome-${o.ruleset}`}>
          <h3>
            {o.ruleset}
            {o.version ? ` v${o.version}` : ''}
          </h3>
          <p>Events: {o.events.length ? o.events.map((e) => e.type).join(', ') : 'none'}</p>
          <ul className="rule-results">
            {o.rules.map((r) => (
              <li key={r.id} className={r.fired ? 'fired' : 'not-fired'}>
                <strong>{r.fired ? '✔ fired' : '✘ did not fire'}</strong> <code>{r.id}</code>
                <div className="why">
                  because{' '}
                  {Object.entries(r.facts)
                    .map(([k, v]) => `${k} = ${JSON.stringify(v)}`)
                    .join('; ') || '—'}
                </div>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
