import { useTranslation } from 'react-i18next';
import type { Connector, Handoff } from '../../../../runtime/definitions/connector';
import { HANDOFF_EVENTS } from '../../../../runtime/definitions/connector';
import type { DefinitionError, Process, Service } from '../../../../runtime/definitions/types';
import { usePublished } from '../../connectors/usePublished';
import { useDefinitionList } from '../../shared/useDefinitionIds';
import { SelectField, TextField } from '../../shared/widgets';
import { ListEditor } from '../ListEditor';

/** Where a hand-off input may come from besides a form field (data.<key>). */
const CASE_VALUES = ['case.id', 'case.number', 'case.outcome', 'case.service', 'case.channel', 'case.status'];

/**
 * The service's hand-offs: on "submitted", "decided" or entering a step of its processes, the
 * mapped case goes to a downstream system through a connector, from the outbox. Each input of
 * the chosen connector is read from the case (case.id, case.number…) or a form field (data.<key>).
 */
export function HandoffsSection({
  service,
  onChange,
  errors,
}: {
  service: Service;
  onChange: (handoffs: Handoff[] | undefined) => void;
  errors: readonly DefinitionError[];
}) {
  const { t } = useTranslation('connectorsAdmin');
  const connectorIds = useDefinitionList('connector').map((c) => c.id);
  const handoffs = service.handoffs ?? [];
  const processes = usePublished<Process>(
    'process',
    service.channels.map((c) => c.process),
  );
  const connectors = usePublished<Connector>(
    'connector',
    handoffs.map((h) => h.connector),
  );
  const steps = [...new Set([...processes.values()].flatMap((p) => p.steps.map((s) => s.id)))];
  const events = [...new Set([...HANDOFF_EVENTS, ...steps, ...handoffs.map((h) => h.on)])];
  const valuesId = 'handoff-case-values';
  return (
    <>
      <datalist id={valuesId}>
        {CASE_VALUES.map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
      <ListEditor<Handoff>
        title={t('handoffs.title')}
        items={handoffs}
        at="/handoffs"
        errors={errors}
        onChange={(next) => onChange(next.length ? next : undefined)}
        make={(items) => ({
          id: `handoff${items.length + 1}`,
          on: 'decided',
          connector: connectorIds[0] ?? '',
          inputs: {},
        })}
        name={(h) => `${h.id}: ${h.on} → ${h.connector}`}
        render={(h, put, at) => {
          const connector = connectors.get(h.connector);
          const names = [...new Set([...(connector?.inputs.map((i) => i.name) ?? []), ...Object.keys(h.inputs)])];
          return (
            <>
              <div className="row">
                <TextField
                  label={t('handoffs.id')}
                  value={h.id}
                  onChange={(id) => put({ ...h, id })}
                  errors={errors}
                  at={`${at}/id`}
                />
                <SelectField
                  label={t('handoffs.on')}
                  value={h.on}
                  options={events.map((e) => ({
                    value: e,
                    label: (HANDOFF_EVENTS as readonly string[]).includes(e)
                      ? t(`handoffs.event.${e}`)
                      : t('handoffs.step', { step: e }),
                  }))}
                  onChange={(on) => put({ ...h, on })}
                  errors={errors}
                  at={`${at}/on`}
                />
                <SelectField
                  label={t('handoffs.connector')}
                  value={h.connector || undefined}
                  options={[...new Set([...connectorIds, ...(h.connector ? [h.connector] : [])])]}
                  onChange={(id) => put({ ...h, connector: id })}
                  errors={errors}
                  at={`${at}/connector`}
                />
              </div>
              <fieldset className="handoff-inputs" data-pointer={`${at}/inputs`}>
                <legend>{t('handoffs.inputs')}</legend>
                {names.length === 0 && <p className="hint">{t('handoffs.noInputs')}</p>}
                {names.map((name) => (
                  <label key={name}>
                    {name}{' '}
                    <input
                      list={valuesId}
                      value={h.inputs[name] ?? ''}
                      placeholder="data.applicantIin"
                      onChange={(e) => {
                        const inputs = { ...h.inputs, [name]: e.target.value };
                        if (!e.target.value) delete inputs[name];
                        put({ ...h, inputs });
                      }}
                    />
                  </label>
                ))}
              </fieldset>
            </>
          );
        }}
      />
    </>
  );
}
