import { useTranslation } from 'react-i18next';
import type { Service } from '../../../../runtime/definitions/types';
import { useLang } from '../../shared/lang';
import { resolveLabel } from '../../shared/runtime';
import { CheckField, LocalizedInput, TextField } from '../../shared/widgets';
import { fieldProps, listProps } from '../fieldProps';
import { conditionTargets } from '../formBuilderState';
import { ListEditor } from '../ListEditor';
import { SourceInput } from '../SourceInput';
import { VisibleWhenEditor } from '../VisibleWhenEditor';
import { ConnectorCall } from './ConnectorCall';
import { hasText, nextId, type SectionProps } from './shared';

type Document = Service['documents'][number];
type Targets = ReturnType<typeof conditionTargets>;

/** The documents an application needs: per channel, under a condition, or obtained by the provider itself. */
export function DocumentsSection({ s, set, errors, targets }: SectionProps & { targets: Targets }) {
  const { t } = useTranslation('design');
  const { lang } = useLang();
  return (
    <>
      <datalist id="service-form-fields">
        {targets.map((target) => (
          <option key={target.path} value={target.path} />
        ))}
      </datalist>
      <ListEditor
        title={t('s.documents')}
        {...listProps(s, set, errors)('documents')}
        make={(items) => ({
          id: nextId(
            'document',
            items.map((i) => i.id),
          ),
          label: { en: 'Document' },
          required: true,
        })}
        name={(d) => `${d.id} — ${resolveLabel(d.label, lang)}${d.required ? ' (required)' : ''}`}
        render={(d, put, at) => <DocumentItem s={s} d={d} put={put} at={at} errors={errors} targets={targets} />}
      />
    </>
  );
}

interface ItemProps {
  s: Service;
  d: Document;
  put: (d: Document) => void;
  at: string;
  errors: SectionProps['errors'];
  targets: Targets;
}

function DocumentItem({ s, d, put, at, errors, targets }: ItemProps) {
  const { t } = useTranslation('design');
  const { t: te } = useTranslation('editors');
  const field = fieldProps(d, put, errors, at);
  return (
    <>
      <TextField label={t('s.id')} {...field('id')} />
      <LocalizedInput label={t('s.label')} {...field('label')} />
      <CheckField
        label={t('s.required')}
        checked={d.required}
        onChange={(required) => put({ ...d, required })}
        at={`${at}/required`}
      />
      <ProviderFetches d={d} put={put} at={at} errors={errors} />
      <DocumentChannels s={s} d={d} put={put} at={at} />
      <CheckField
        label={te('service.conditional')}
        checked={Boolean(d.when)}
        onChange={(on) => put({ ...d, when: on ? { field: targets[0]?.path ?? '', notEmpty: true } : undefined })}
      />
      {d.when && (
        <VisibleWhenEditor
          value={d.when}
          targets={targets}
          onChange={(when) => put({ ...d, when })}
          errors={errors}
          at={`${at}/when`}
        />
      )}
      <LocalizedInput
        label={te('service.condition')}
        value={d.condition}
        onChange={(v) => put({ ...d, condition: hasText(v) ? v : undefined })}
        errors={errors}
        at={`${at}/condition`}
      />
      <TextField
        label={te('service.field')}
        value={d.field}
        list="service-form-fields"
        onChange={(v) => put({ ...d, field: v || undefined })}
        errors={errors}
        at={`${at}/field`}
      />
      <SourceInput {...field('source')} />
    </>
  );
}

/** A document the provider obtains itself: from where (in words), and through which connector if one is declared. */
function ProviderFetches({ d, put, at, errors }: Omit<ItemProps, 's' | 'targets'>) {
  const { t } = useTranslation('design');
  const { t: te } = useTranslation('editors');
  const { t: tx } = useTranslation('designerEdit');
  return (
    <>
      <CheckField
        label={t('s.the_provider_fetches_it_itself')}
        checked={Boolean(d.fetchedByProvider)}
        onChange={(f) => put({ ...d, fetchedByProvider: f || undefined })}
        at={`${at}/fetchedByProvider`}
      />
      {d.fetchedByProvider && (
        <LocalizedInput
          label={te('service.fetchedFrom')}
          value={d.fetchedFrom}
          onChange={(v) => put({ ...d, fetchedFrom: hasText(v) ? v : undefined })}
          errors={errors}
          at={`${at}/fetchedFrom`}
        />
      )}
      {d.fetchedByProvider && (
        <CheckField
          label={tx('connector.documentThrough')}
          checked={d.connector !== undefined}
          onChange={(on) => put({ ...d, connector: on ? { id: '', inputs: {} } : undefined })}
        />
      )}
      {d.connector && (
        <ConnectorCall
          value={d.connector}
          onChange={(connector) => put({ ...d, connector })}
          errors={errors}
          at={`${at}/connector`}
        />
      )}
    </>
  );
}

/** The channels the document is asked in; none ticked means every channel. */
function DocumentChannels({ s, d, put, at }: Pick<ItemProps, 's' | 'd' | 'put' | 'at'>) {
  const { t: te } = useTranslation('editors');
  const { lang } = useLang();
  return (
    <fieldset className="checks" data-pointer={`${at}/channels`}>
      <legend>{te('service.documentChannels')}</legend>
      {s.channels.map((channel) => (
        <CheckField
          key={channel.id}
          label={`${channel.id} — ${resolveLabel(channel.label, lang)}`}
          checked={d.channels?.includes(channel.id) ?? false}
          onChange={(on) => {
            const next = on ? [...(d.channels ?? []), channel.id] : (d.channels ?? []).filter((c) => c !== channel.id);
            put({ ...d, channels: next.length ? next : undefined });
          }}
        />
      ))}
    </fieldset>
  );
}
