import type { DefinitionError, Source } from '../../../runtime/definitions/types';
import { useTranslation } from 'react-i18next';
import { TextField } from '../shared/widgets';
import { useActParagraphs } from './useActParagraph';

/** "76-1, 80-1" → ["76-1", "80-1"]; nothing → undefined, so an element without further paragraphs keeps no key. */
export function parseAlso(text: string): string[] | undefined {
  const paras = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  return paras.length ? paras : undefined;
}

/**
 * The citation {doc, para} of the act an element encodes, with the further paragraphs it also
 * encodes, and beside it the text of each cited paragraph as the act prints it.
 */
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
  const paras = value?.para ? [value.para, ...(value.also ?? [])] : [];
  const cited = useActParagraphs(value?.doc, paras);
  const set = (patch: Partial<Source>) => {
    const next: Source = { doc: '', para: '', ...value, ...patch };
    if (!next.also) delete next.also;
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
        label={t('acts:alsoParas')}
        value={(value?.also ?? []).join(', ')}
        onChange={(text) => set({ also: parseAlso(text) })}
        errors={errors}
        at={`${at}/also`}
        placeholder="8.3, 8.4"
      />
      <TextField
        label={te('source.note')}
        value={value?.note}
        onChange={(note) => set({ note: note || undefined })}
        errors={errors}
        at={`${at}/note`}
      />
      {cited?.map((text, i) => (
        <blockquote
          key={`${paras[i]}-${i}`}
          className="source-text"
          data-testid="source-text"
          data-para={paras[i]}
          aria-label={t('acts:citedText')}
        >
          {text ?? t('acts:paragraphNotFound', { doc: value?.doc, para: paras[i] })}
        </blockquote>
      ))}
    </fieldset>
  );
}

/**
 * The citation of one element ({source?}) edited in place: a new citation is put on a copy of the element, and an
 * emptied one leaves no `source` key (an element without a citation has none, rather than an empty one).
 */
export function ItemSourceInput<T extends { source?: Source }>({
  item,
  put,
  errors,
  at,
}: {
  item: T;
  put: (next: T) => void;
  errors: readonly DefinitionError[];
  at: string;
}) {
  return (
    <SourceInput
      value={item.source}
      onChange={(source) => {
        const { source: _drop, ...rest } = item;
        put(source ? { ...item, source } : (rest as T));
      }}
      errors={errors}
      at={`${at}/source`}
    />
  );
}
