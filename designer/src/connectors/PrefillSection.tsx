import { useTranslation } from 'react-i18next';
import type { Connector, Prefill } from '../../../runtime/definitions/connector';
import { fieldPaths } from '../../../runtime/definitions/shape';
import type { DefinitionError, Form } from '../../../runtime/definitions/types';
import { ListEditor } from '../design/ListEditor';
import { useDefinitionList } from '../shared/useDefinitionIds';
import { SelectField } from '../shared/widgets';
import { usePublished } from './usePublished';

const NONE = '';

/**
 * A form's prefills: a published connector, when it runs (on case start, or from a button beside
 * a field), which field feeds each of its inputs and which field each of its outputs fills.
 */
export function PrefillSection({
  form,
  onChange,
  errors,
}: {
  form: Form;
  onChange: (prefill: Prefill[] | undefined) => void;
  errors: readonly DefinitionError[];
}) {
  const { t } = useTranslation('connectorsAdmin');
  const connectorIds = useDefinitionList('connector').map((c) => c.id);
  const prefills = form.prefill ?? [];
  const connectors = usePublished<Connector>(
    'connector',
    prefills.map((p) => p.connector),
  );
  const paths = [...fieldPaths(form.fields).keys()];
  const fieldOptions = [{ value: NONE, label: t('prefill.noField') }, ...paths.map((p) => ({ value: p, label: p }))];
  const mapping = (
    names: string[],
    current: Record<string, string>,
    at: string,
    legend: string,
    put: (m: Record<string, string>) => void,
  ) => (
    <fieldset className="prefill-map" data-pointer={at}>
      <legend>{legend}</legend>
      {names.length === 0 && <p className="hint">{t('prefill.chooseConnector')}</p>}
      {names.map((name) => (
        <SelectField
          key={name}
          label={name}
          value={current[name] ?? NONE}
          options={fieldOptions}
          onChange={(path) => {
            const next = { ...current, [name]: path };
            if (path === NONE) delete next[name];
            put(next);
          }}
        />
      ))}
    </fieldset>
  );
  return (
    <ListEditor<Prefill>
      title={t('prefill.title')}
      items={prefills}
      at="/prefill"
      errors={errors}
      onChange={(next) => onChange(next.length ? next : undefined)}
      make={() => ({ connector: connectorIds[0] ?? '', on: 'start', inputs: {}, fill: {} })}
      name={(p, i) => `${i + 1}. ${p.connector} (${t(`prefill.on.${p.on}`)})`}
      render={(p, put, at) => {
        const connector = connectors.get(p.connector);
        const inputs = [...new Set([...(connector?.inputs.map((i) => i.name) ?? []), ...Object.keys(p.inputs)])];
        const outputs = [...new Set([...(connector?.outputs.map((o) => o.name) ?? []), ...Object.keys(p.fill)])];
        return (
          <>
            <div className="row">
              <SelectField
                label={t('prefill.connector')}
                value={p.connector || undefined}
                options={[...new Set([...connectorIds, ...(p.connector ? [p.connector] : [])])]}
                onChange={(id) => put({ ...p, connector: id })}
                errors={errors}
                at={`${at}/connector`}
              />
              <SelectField
                label={t('prefill.when')}
                value={p.on}
                options={(['start', 'button'] as const).map((on) => ({ value: on, label: t(`prefill.on.${on}`) }))}
                onChange={(on) =>
                  put(on === 'start' ? { ...p, on, button: undefined } : { ...p, on, button: p.button ?? paths[0] })
                }
                errors={errors}
                at={`${at}/on`}
              />
              {(p.on === 'button' || p.button !== undefined) && (
                <SelectField
                  label={t('prefill.button')}
                  value={p.button}
                  options={paths}
                  onChange={(button) => put({ ...p, button })}
                  errors={errors}
                  at={`${at}/button`}
                />
              )}
            </div>
            {mapping(inputs, p.inputs, `${at}/inputs`, t('prefill.inputs'), (m) => put({ ...p, inputs: m }))}
            {mapping(outputs, p.fill, `${at}/fill`, t('prefill.fill'), (m) => put({ ...p, fill: m }))}
          </>
        );
      }}
    />
  );
}
