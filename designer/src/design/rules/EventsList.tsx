import { useTranslation } from 'react-i18next';
import type { DefinitionError, Ruleset } from '../../../../runtime/definitions/types';
import { useLang } from '../../shared/lang';
import { resolveLabel } from '../../shared/runtime';
import { LocalizedInput, TextField } from '../../shared/widgets';
import { fieldProps } from '../fieldProps';
import { ListEditor } from '../ListEditor';
import { nextId } from '../service/shared';
import { SourceInput } from '../SourceInput';

type RulesetEvent = Ruleset['events'][number];

/** The events the ruleset's rules may raise, each with its label and source. */
export function EventsList({
  events,
  errors,
  onChange,
}: {
  events: RulesetEvent[];
  errors: readonly DefinitionError[];
  onChange: (events: RulesetEvent[]) => void;
}) {
  const { t } = useTranslation('design');
  const { lang } = useLang();
  return (
    <ListEditor
      title={t('s.events')}
      items={events}
      at="/events"
      errors={errors}
      onChange={onChange}
      make={(items) => ({
        type: nextId(
          'event',
          items.map((e) => e.type),
        ),
        label: { en: 'Event' },
      })}
      name={(e) => `${e.type} — ${resolveLabel(e.label, lang)}`}
      render={(e, put, at) => {
        const field = fieldProps(e, put, errors, at);
        return (
          <>
            <TextField label={t('s.type')} {...field('type')} />
            <LocalizedInput label={t('s.label')} {...field('label')} />
            <SourceInput {...field('source')} />
          </>
        );
      }}
    />
  );
}
