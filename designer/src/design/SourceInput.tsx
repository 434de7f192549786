import type { DefinitionError, Source } from '../../../runtime/definitions/types';
import { useTranslation } from 'react-i18next';
import { TextField } from '../shared/widgets';
import { useActParagraph } from './useActParagraph';

/** The citation {doc, para} of the act an element encodes. */
export function SourceInput({
  value,
  onChange,
  errors,
  at,
}: {
  value: Source | undefined;
  onChange: (s: Source | undefined) => void;
  errors: readonly DefinitionError[];
  at: string;
}) {
  const { t } = useTranslation(['design', 'acts']);
  const { t: te } = useTranslation('editors');
  const cited = useActParagraph(value?.doc, value?.para);
  const set = (patch: Partial<Source>) => {
    const next = { doc: '', para: '', ...value, ...patch };
    onChange(next.doc || next.para ? next : undefined);
  };
  return (
    <fieldset className="source row">
      <legend>{t('source.legend')}</legend>
      <TextField
        label={t('source.doc')}
        value={value?.doc}
        onChange={(doc) => set({ doc })}
        errors={errors}
        at={`${at}/doc`}
        placeholder="004/S1"
      />
      <TextField
        label={t('source.para')}
        value={value?.para}
        onChange={(para) => set({ para })}
        errors={errors}
        at={`${at}/para`}
        placeholder="8.2"
      />
      <TextField
        label={te('source.note')}
        value={value?.note}
        onChange={(note) => set({ note: note || undefined })}
        errors={errors}
        at={`${at}/note`}
      />
      {cited !== undefined && (
        <blockquote className="source-text" data-testid="source-text" aria-label={t('acts:citedText')}>
          {cited ?? t('acts:paragraphNotFound', { doc: value?.doc, para: value?.para })}
        </blockquote>
      )}
    </fieldset>
  );
}
