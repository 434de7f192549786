import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The id of a new definition of the kind, or of the copy being made of one; submitting starts its draft. */
export function NewDefinitionForm({
  kindName,
  copying,
  newId,
  onNewId,
  onCancelCopy,
  onSubmit,
}: {
  kindName: string;
  /** the id of the definition being duplicated, if any */
  copying: string | null;
  newId: string;
  onNewId: (id: string) => void;
  onCancelCopy: () => void;
  onSubmit: (event: FormEvent) => void;
}) {
  const { t } = useTranslation('design');
  return (
    <form onSubmit={onSubmit} className="new-definition" aria-label={t('library.newForm', { kind: kindName })}>
      <label>
        {copying ? t('library.duplicateAs', { id: copying }) : t('library.newId', { kind: kindName })}
        <input
          name="new-id"
          value={newId}
          onChange={(e) => onNewId(e.target.value)}
          placeholder={t('library.idExample')}
        />
      </label>
      <button type="submit">{copying ? t('library.duplicate') : t('library.new')}</button>
      {copying && (
        <button type="button" onClick={onCancelCopy}>
          {t('common:cancel')}
        </button>
      )}
    </form>
  );
}
