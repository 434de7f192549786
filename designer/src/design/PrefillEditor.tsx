import { useTranslation } from 'react-i18next';
import type { Prefill } from '../../../runtime/definitions/connector';
import type { DefinitionError, Form } from '../../../runtime/definitions/types';
import { SelectField, TextField } from '../shared/widgets';
import { ListEditor } from './ListEditor';

/** "name=path, name=path" for a record of connector names to field paths, and back. */
export function mapText(map: Record<string, string>): string {
  return Object.entries(map)
    .map(([name, path]) => `${name}=${path}`)
    .join(', ');
}

export function parseMap(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split(',')
      .map((pair) => pair.split('=').map((s) => s.trim()))
      .filter(([name, path]) => name && path)
      .map(([name, path]) => [name as string, path as string]),
  );
}

/**
 * Fields filled from a register through a connector (issue 18): which connector, at the case's start or by a
 * button beside a field, which fields feed its inputs and which fields its outputs fill. validate() and
 * crossCheck point at a wrong name; the connector's own page lists its inputs and outputs.
 */
export function PrefillEditor({
  form,
  errors,
  onChange,
}: {
  form: Form;
  errors: readonly DefinitionError[];
  onChange: (prefill: Prefill[] | undefined) => void;
}) {
  const { t } = useTranslation('formLanguage');
  return (
    <ListEditor<Prefill>
      title={t('prefill.title')}
      items={form.prefill ?? []}
      at="/prefill"
      errors={errors}
      onChange={(items) => onChange(items.length ? items : undefined)}
      make={() => ({ connector: 'individuals-register', on: 'button', inputs: {}, fill: {} })}
      name={(p) => `${p.connector} (${p.on})`}
      render={(p, put, at) => (
        <>
          <TextField
            label={t('prefill.connector')}
            value={p.connector}
            onChange={(connector) => put({ ...p, connector })}
            errors={errors}
            at={`${at}/connector`}
          />
          <SelectField
            label={t('prefill.on')}
            value={p.on}
            options={[
              { value: 'start', label: t('prefill.onStart') },
              { value: 'button', label: t('prefill.onButton') },
            ]}
            onChange={(on) => put({ ...p, on })}
            errors={errors}
            at={`${at}/on`}
          />
          <TextField
            label={t('prefill.button')}
            value={p.button}
            onChange={(button) => {
              const { button: _drop, ...rest } = p;
              put(button.trim() ? { ...p, button: button.trim() } : rest);
            }}
            errors={errors}
            at={`${at}/button`}
          />
          <TextField
            label={t('prefill.inputs')}
            value={mapText(p.inputs)}
            onChange={(v) => put({ ...p, inputs: parseMap(v) })}
            errors={errors}
            at={`${at}/inputs`}
          />
          <TextField
            label={t('prefill.fill')}
            value={mapText(p.fill)}
            onChange={(v) => put({ ...p, fill: parseMap(v) })}
            errors={errors}
            at={`${at}/fill`}
          />
        </>
      )}
    />
  );
}
