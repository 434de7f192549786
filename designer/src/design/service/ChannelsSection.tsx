import { useTranslation } from 'react-i18next';
import type { Service } from '../../../../runtime/definitions/types';
import type { DefinitionSummary } from '../../shared/definitionsApi';
import { useLang } from '../../shared/lang';
import { resolveLabel } from '../../shared/runtime';
import { LocalizedInput, Panel, SelectField, TextField } from '../../shared/widgets';
import { fieldProps, listProps } from '../fieldProps';
import { ListEditor } from '../ListEditor';
import { SourceInput } from '../SourceInput';
import { HoursInput } from './HoursInput';
import { hasText, ids, nextId, type SectionProps } from './shared';

const CHANNEL_TYPES = ['provider-office', 'public-service-centre', 'portal', 'post', 'internal'] as const;
type Channel = Service['channels'][number];

/** The provider's hours as the act words them, and the channels an application comes through. */
export function ChannelsSection({
  s,
  set,
  errors,
  processes,
}: SectionProps & { processes: readonly DefinitionSummary[] }) {
  const { t } = useTranslation('design');
  const { t: te } = useTranslation('editors');
  const { lang } = useLang();
  return (
    <>
      <Panel title={te('service.schedule')}>
        {(['workingHours', 'receptionHours', 'afterHours'] as const).map((key) => (
          <HoursInput
            key={key}
            label={te(`service.${key}`)}
            value={s.schedule?.[key]}
            onChange={(hours) => {
              const next = { ...s.schedule, [key]: hours };
              set('schedule', Object.values(next).some(Boolean) ? next : undefined);
            }}
            errors={errors}
            at={`/schedule/${key}`}
          />
        ))}
      </Panel>
      <ListEditor
        title={t('s.channels')}
        {...listProps(s, set, errors)('channels')}
        make={(items) => ({
          id: nextId(
            'channel',
            items.map((i) => i.id),
          ),
          type: 'provider-office' as const,
          label: { en: 'Channel' },
          process: s.channels[0]?.process ?? s.id,
        })}
        name={(c) => `${c.id} — ${resolveLabel(c.label, lang)}`}
        render={(c, put, at) => <ChannelItem c={c} put={put} at={at} errors={errors} processes={processes} />}
      />
    </>
  );
}

function ChannelItem({
  c,
  put,
  at,
  errors,
  processes,
}: {
  c: Channel;
  put: (c: Channel) => void;
  at: string;
  errors: SectionProps['errors'];
  processes: readonly DefinitionSummary[];
}) {
  const { t } = useTranslation('design');
  const { t: te } = useTranslation('editors');
  const field = fieldProps(c, put, errors, at);
  return (
    <>
      <div className="row">
        <TextField label={t('s.id')} {...field('id')} />
        <SelectField label={t('s.type')} {...field('type')} options={CHANNEL_TYPES} />
        <SelectField label={t('s.process')} {...field('process')} options={ids(processes, c.process)} />
      </div>
      <LocalizedInput label={t('s.label')} {...field('label')} />
      <HoursInput
        label={te('service.channelSchedule')}
        value={c.schedule}
        onChange={(schedule) => put({ ...c, schedule })}
        errors={errors}
        at={`${at}/schedule`}
      />
      <LocalizedInput
        label={te('service.delivery')}
        value={c.delivery}
        onChange={(delivery) => put({ ...c, delivery: hasText(delivery) ? delivery : undefined })}
        errors={errors}
        at={`${at}/delivery`}
      />
      <TextField
        label={te('service.receivedUntil')}
        value={c.receivedUntil?.time}
        placeholder="17:30"
        onChange={(time) =>
          put({ ...c, receivedUntil: time ? { source: { doc: '', para: '' }, ...c.receivedUntil, time } : undefined })
        }
        errors={errors}
        at={`${at}/receivedUntil/time`}
      />
      {c.receivedUntil && (
        <SourceInput
          value={c.receivedUntil.source}
          onChange={(source) =>
            put({
              ...c,
              receivedUntil: {
                ...(c.receivedUntil as NonNullable<Channel['receivedUntil']>),
                source: source ?? { doc: '', para: '' },
              },
            })
          }
          errors={errors}
          at={`${at}/receivedUntil/source`}
        />
      )}
      <SourceInput {...field('source')} />
    </>
  );
}
