import { useTranslation } from 'react-i18next';
import type { Definition } from '../../../runtime/definitions/types';
import type { EditorProps } from './editorProps';
import { LocalizedInput, Panel, TextField } from '../shared/widgets';
import { listText, parseList } from './service/pointerLists';

type Validity = NonNullable<Definition['validity']>;

/**
 * What every definition may say about itself besides its kind's content: a description, when it is in force
 * (and what repealed it), tags. Shown under each kind's editor, so no kind leaves these to the JSON tab.
 */
export function HeaderFields({ definition, onChange, errors }: EditorProps<Definition>) {
  const { t } = useTranslation('editors');
  const setValidity = (patch: Partial<Validity>) => {
    const next: Validity = { ...definition.validity, ...patch };
    for (const key of Object.keys(next) as (keyof Validity)[]) if (!next[key]) delete next[key];
    onChange({ ...definition, validity: Object.keys(next).length ? next : undefined });
  };
  return (
    <Panel title={t('header.title')}>
      <LocalizedInput
        label={t('header.description')}
        value={definition.description}
        onChange={(v) => onChange({ ...definition, description: Object.values(v).some(Boolean) ? v : undefined })}
        errors={errors}
        at="/description"
        multiline
      />
      <div className="row">
        <TextField
          label={t('header.validFrom')}
          type="date"
          value={definition.validity?.from}
          onChange={(from) => setValidity({ from })}
          errors={errors}
          at="/validity/from"
        />
        <TextField
          label={t('header.validTo')}
          type="date"
          value={definition.validity?.to}
          onChange={(to) => setValidity({ to })}
          errors={errors}
          at="/validity/to"
        />
        <TextField
          label={t('header.repealedBy')}
          value={definition.validity?.repealedBy}
          onChange={(repealedBy) => setValidity({ repealedBy })}
          errors={errors}
          at="/validity/repealedBy"
        />
        <TextField
          label={t('header.tags')}
          value={listText(definition.tags)}
          onChange={(v) => onChange({ ...definition, tags: parseList(v) })}
          errors={errors}
          at="/tags"
        />
      </div>
    </Panel>
  );
}
