import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { Ruleset } from '../../../runtime/definitions/types';
import { evaluate, evaluateFacts, type Evaluation } from '../shared/runtime';
import { api } from '../shared/api';
import { caseContext, formDataContext, type CaseForBench } from './benchContext';
import { BenchResult } from './rules/BenchResult';
import { sampleFacts } from './sampleFacts';

/** Runs the ruleset in the browser, with the runtime, on facts the analyst types: which rules fired and why. */
export function RuleTestBench({ ruleset }: { ruleset: Ruleset }) {
  const { t } = useTranslation('design');
  const [text, setText] = useState(() => JSON.stringify(sampleFacts(ruleset), null, 2));
  const [result, setResult] = useState<Evaluation | null>(null);
  const [error, setError] = useState('');
  const { t: te } = useTranslation('editors');
  // facts typed as they are, or resolved as the server does from form data or from an existing case
  const [mode, setMode] = useState<'facts' | 'data' | 'case'>('facts');
  const [dataText, setDataText] = useState('{}');
  const [channel, setChannel] = useState('');
  const [caseId, setCaseId] = useState('');

  const run = async () => {
    setError('');
    try {
      if (mode === 'data') {
        const data = JSON.parse(dataText) as unknown;
        setResult(await evaluate(ruleset, formDataContext(data, channel || undefined, new Date())));
        return;
      }
      if (mode === 'case') {
        const record = await api<CaseForBench>(`/api/cases/${encodeURIComponent(caseId.trim())}`);
        setResult(await evaluate(ruleset, caseContext(record, new Date())));
        return;
      }
      const facts = JSON.parse(text) as Record<string, unknown>;
      setResult(await evaluateFacts(ruleset, facts));
    } catch (e) {
      setResult(null);
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <aside className="test-bench" aria-label={t('s.test_bench')}>
      <h2>{t('s.test_bench')}</h2>
      <fieldset className="checks">
        <legend>{te('bench.from')}</legend>
        {(['facts', 'data', 'case'] as const).map((m) => (
          <label key={m} className="check">
            <input type="radio" name="bench-mode" checked={mode === m} onChange={() => setMode(m)} />{' '}
            {te(`bench.mode.${m}`)}
          </label>
        ))}
      </fieldset>
      {mode === 'facts' && (
        <label>
          {t('s.sample_facts_json')}
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={12} spellCheck={false} />
        </label>
      )}
      {mode === 'data' && (
        <>
          <label>
            {te('bench.formData')}
            <textarea value={dataText} onChange={(e) => setDataText(e.target.value)} rows={12} spellCheck={false} />
          </label>
          <label>
            {te('bench.channel')}
            <input value={channel} onChange={(e) => setChannel(e.target.value)} />
          </label>
        </>
      )}
      {mode === 'case' && (
        <label>
          {te('bench.caseId')}
          <input value={caseId} onChange={(e) => setCaseId(e.target.value)} />
        </label>
      )}
      <div className="row-actions">
        <button type="button" className="primary" onClick={() => void run()}>
          {t('s.run_rules')}
        </button>
        <button type="button" onClick={() => setText(JSON.stringify(sampleFacts(ruleset), null, 2))}>
          {t('s.reset_facts')}
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {result && <BenchResult ruleset={ruleset} result={result} />}
    </aside>
  );
}
