import { useTranslation } from 'react-i18next';
import type { Connector, DocumentConnector } from '../../../../runtime/definitions/connector';
import type { DefinitionError, Service } from '../../../../runtime/definitions/types';
import { CaseInputsField } from '../../connectors/CaseInputsField';
import { usePublished } from '../../connectors/usePublished';
import { useDefinitionList } from '../../shared/useDefinitionIds';
import { CheckField, SelectField } from '../../shared/widgets';

type Document = Service['documents'][number];

/**
 * A required document the provider obtains itself through a connector at submission (staff can
 * retry it on the case page): the connector and where each of its inputs comes from.
 */
export function DocumentConnectorField({
  document,
  put,
  errors,
  at,
}: {
  document: Document;
  put: (document: Document) => void;
  errors: readonly DefinitionError[];
  at: string;
}) {
  const { t } = useTranslation('connectorsAdmin');
  const ids = useDefinitionList('connector').map((c) => c.id);
  const link = document.connector;
  const connector = usePublished<Connector>('connector', link ? [link.id] : []).get(link?.id ?? '');
  const set = (next: DocumentConnector | undefined) => put({ ...document, connector: next });
  return (
    <fieldset className="document-connector">
      <legend>{t('documents.legend')}</legend>
      <CheckField
        label={t('documents.through')}
        checked={Boolean(link)}
        onChange={(on) => set(on ? { id: ids[0] ?? '', inputs: {} } : undefined)}
      />
      {link && (
        <>
          <SelectField
            label={t('handoffs.connector')}
            value={link.id || undefined}
            options={[...new Set([...ids, ...(link.id ? [link.id] : [])])]}
            onChange={(id) => set({ ...link, id })}
            errors={errors}
            at={`${at}/connector/id`}
          />
          <CaseInputsField
            connector={connector}
            inputs={link.inputs}
            onChange={(inputs) => set({ ...link, inputs })}
            at={`${at}/connector/inputs`}
          />
        </>
      )}
    </fieldset>
  );
}
