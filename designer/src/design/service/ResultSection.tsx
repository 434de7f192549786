import { useTranslation } from 'react-i18next';
import type { Service } from '../../../../runtime/definitions/types';
import { useLang } from '../../shared/lang';
import { resolveLabel } from '../../shared/runtime';
import { LocalizedInput, Panel, TextField } from '../../shared/widgets';
import { fieldProps, listProps } from '../fieldProps';
import { ListEditor } from '../ListEditor';
import { SourceInput } from '../SourceInput';
import { hasText, nextId, type SectionProps } from './shared';

/** What the applicant receives in the end, and to whom the result may go (recipients). */
export function ResultSection({ s, set, errors }: SectionProps) {
  const { t } = useTranslation('design');
  const { t: te } = useTranslation('editors');
  const { lang } = useLang();
  return (
    <>
      <Panel title={te('service.result')}>
        <LocalizedInput
          label={te('service.resultLabel')}
          value={s.result?.label}
          onChange={(label) => set('result', hasText(label) ? { ...s.result, label } : undefined)}
          errors={errors}
          at="/result/label"
        />
        {s.result && (
          <SourceInput
            value={s.result.source}
            onChange={(source) => set('result', { ...(s.result as NonNullable<Service['result']>), source })}
            errors={errors}
            at="/result/source"
          />
        )}
      </Panel>
      <ListEditor
        title={te('service.recipients')}
        {...listProps(s, set, errors)('recipients')}
        make={(items) => ({
          id: nextId(
            'recipient',
            items.map((i) => i.id),
          ),
          label: { en: 'Recipient' },
        })}
        name={(r) => `${r.id} — ${resolveLabel(r.label, lang)}`}
        render={(r, put, at) => {
          const field = fieldProps(r, put, errors, at);
          return (
            <>
              <TextField label={t('s.id')} {...field('id')} />
              <LocalizedInput label={t('s.label')} {...field('label')} />
              <SourceInput {...field('source')} />
            </>
          );
        }}
      />
    </>
  );
}
