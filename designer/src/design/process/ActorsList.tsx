import { useTranslation } from 'react-i18next';
import type { DefinitionError, Process } from '../../../../runtime/definitions/types';
import { useLang } from '../../shared/lang';
import { resolveLabel } from '../../shared/runtime';
import { LocalizedInput, SelectField, TextField } from '../../shared/widgets';
import { fieldProps } from '../fieldProps';
import { ListEditor } from '../ListEditor';
import { listText, parseList } from '../service/pointerLists';
import { SourceInput } from '../SourceInput';

type Actor = Process['actors'][number];

/** The process's actors (a lane each): staff, the system, the applicant or an outside body, and staff's groups. */
export function ActorsList({
  actors,
  errors,
  onChange,
}: {
  actors: Actor[];
  errors: readonly DefinitionError[];
  onChange: (actors: Actor[]) => void;
}) {
  const { t } = useTranslation('design');
  const { t: tx } = useTranslation('designerEdit');
  const { lang } = useLang();
  return (
    <ListEditor
      title={t('s.actors')}
      items={actors}
      at="/actors"
      errors={errors}
      onChange={onChange}
      make={(items) => ({ id: `actor${items.length + 1}`, label: { en: 'Actor' }, kind: 'staff' })}
      name={(a) => `${a.id} (${a.kind}) — ${resolveLabel(a.label, lang)}`}
      render={(a, put, at) => {
        const field = fieldProps(a, put, errors, at);
        return (
          <>
            <div className="row">
              <TextField label={t('s.id')} {...field('id')} />
              <SelectField
                label={t('s.kind')}
                {...field('kind')}
                options={['staff', 'system', 'applicant', 'external']}
              />
            </div>
            <LocalizedInput label={t('s.label')} {...field('label')} />
            <TextField
              label={tx('actor.groups')}
              value={listText(a.groups)}
              onChange={(v) => put({ ...a, groups: parseList(v) })}
              errors={errors}
              at={`${at}/groups`}
            />
            <SourceInput {...field('source')} />
          </>
        );
      }}
    />
  );
}
