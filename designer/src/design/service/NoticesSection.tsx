import { useTranslation } from 'react-i18next';
import type { DefinitionSummary } from '../../shared/definitionsApi';
import { useLang } from '../../shared/lang';
import { resolveLabel } from '../../shared/runtime';
import { CheckField, LocalizedInput, SelectField, TextField } from '../../shared/widgets';
import { fieldProps } from '../fieldProps';
import { ListEditor } from '../ListEditor';
import { SourceInput } from '../SourceInput';
import { ids, nextId, type SectionProps } from './shared';

const NOTICE_EVENTS = ['submitted', 'decided', 'overdue'] as const;
const NOTICE_TO = ['applicant', 'creator', 'assignee', 'group'] as const;

/** What the act states about the service in words only (statements), and who is notified when. */
export function NoticesSection({
  s,
  set,
  errors,
  templates,
}: SectionProps & { templates: readonly DefinitionSummary[] }) {
  const { t } = useTranslation('design');
  const { t: te } = useTranslation('editors');
  const { lang } = useLang();
  return (
    <>
      <ListEditor
        title={t('acts:statements')}
        items={s.statements ?? []}
        at="/statements"
        errors={errors}
        onChange={(v) => set('statements', v.length ? v : undefined)}
        make={(items) => ({
          id: nextId(
            'statement',
            items.map((i) => i.id),
          ),
          text: { en: '' },
          source: { doc: s.source?.doc ?? '', para: '' },
        })}
        name={(x) => `${x.id} — ${resolveLabel(x.text, lang)}`}
        render={(x, put, at) => {
          const field = fieldProps(x, put, errors, at);
          return (
            <>
              <TextField label={t('s.id')} {...field('id')} />
              <LocalizedInput label={t('acts:statementText')} {...field('text')} multiline />
              <SourceInput
                value={x.source}
                onChange={(source) => source && put({ ...x, source })}
                errors={errors}
                at={`${at}/source`}
              />
            </>
          );
        }}
      />
      <ListEditor
        title={te('service.notices')}
        items={s.notices ?? []}
        at="/notices"
        errors={errors}
        onChange={(v) => set('notices', v.length ? v : undefined)}
        make={() => ({ on: 'decided' as const, to: ['applicant' as const] })}
        name={(n) => `${n.on} → ${n.to.join(', ')}`}
        render={(n, put, at) => (
          <>
            <div className="row">
              <SelectField
                label={te('service.noticeOn')}
                value={n.on}
                options={NOTICE_EVENTS}
                onChange={(on) => put({ ...n, on })}
                errors={errors}
                at={`${at}/on`}
              />
              <SelectField
                label={te('service.noticeTemplate')}
                value={n.template ?? '(default)'}
                options={['(default)', ...ids(templates, n.template)]}
                onChange={(v) => put({ ...n, template: v === '(default)' ? undefined : v })}
                errors={errors}
                at={`${at}/template`}
              />
            </div>
            <fieldset className="checks" data-pointer={`${at}/to`}>
              <legend>{te('service.noticeTo')}</legend>
              {NOTICE_TO.map((who) => (
                <CheckField
                  key={who}
                  label={te(`service.who.${who}`)}
                  checked={n.to.includes(who)}
                  onChange={(on) => {
                    const to = on ? [...n.to, who] : n.to.filter((x) => x !== who);
                    if (to.length) put({ ...n, to });
                  }}
                />
              ))}
            </fieldset>
            <SourceInput
              value={n.source}
              onChange={(source) => put({ ...n, source })}
              errors={errors}
              at={`${at}/source`}
            />
          </>
        )}
      />
    </>
  );
}
