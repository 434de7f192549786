import { useTranslation } from 'react-i18next';
import type { Connector, Handoff } from '../../../../runtime/definitions/connector';
import { HANDOFF_EVENTS } from '../../../../runtime/definitions/connector';
import type { DefinitionError, Process, Service } from '../../../../runtime/definitions/types';
import { CaseInputsField } from '../../connectors/CaseInputsField';
import { usePublished } from '../../connectors/usePublished';
import { useDefinitionList } from '../../shared/useDefinitionIds';
import { SelectField, TextField } from '../../shared/widgets';
import { ListEditor } from '../ListEditor';

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
  return (
    <>
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
              <CaseInputsField
                connector={connector}
                inputs={h.inputs}
                onChange={(inputs) => put({ ...h, inputs })}
                at={`${at}/inputs`}
              />
            </>
          );
        }}
      />
    </>
  );
}
