import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Connector } from '../../../runtime/definitions/connector';

/** Where a connector input may come from besides a form field (data.<key>). */
const CASE_VALUES = ['case.id', 'case.number', 'case.outcome', 'case.service', 'case.channel', 'case.status'];
/**
 * Each input of a connector read from the case (case.id, case.number…) or a form field
 * (data.<key>): the inputs of the published connector, and any already given.
 */
export function CaseInputsField({
  connector,
  inputs,
  onChange,
  at,
}: {
  connector: Connector | undefined;
  inputs: Record<string, string>;
  onChange: (inputs: Record<string, string>) => void;
  at: string;
}) {
  const { t } = useTranslation('connectorsAdmin');
  const list = useId();
  const names = [...new Set([...(connector?.inputs.map((i) => i.name) ?? []), ...Object.keys(inputs)])];
  return (
    <fieldset className="connector-case-inputs" data-pointer={at}>
      <legend>{t('handoffs.inputs')}</legend>
      <datalist id={list}>
        {CASE_VALUES.map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
      {names.length === 0 && <p className="hint">{t('handoffs.noInputs')}</p>}
      {names.map((name) => (
        <label key={name}>
          {name}{' '}
          <input
            list={list}
            value={inputs[name] ?? ''}
            placeholder="data.applicantIin"
            onChange={(e) => {
              const next = { ...inputs, [name]: e.target.value };
              if (!e.target.value) delete next[name];
              onChange(next);
            }}
          />
        </label>
      ))}
    </fieldset>
  );
}
