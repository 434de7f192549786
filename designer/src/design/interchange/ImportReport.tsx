import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../runtime/forms/import/fromJsonSchema';

/**
 * What an import could carry over: how many fields, every keyword dropped and why, every key renamed; and, unless
 * nothing came over, the button that replaces the form's fields with them.
 */
export function ImportReport({ result, onReplace }: { result: ImportResult; onReplace: () => void }) {
  const { t } = useTranslation('rulesets');
  return (
    <div role="status" className="import-report">
      <p>
        {t(`import.outcome.${result.outcome}`, {
          fields: result.form.fields.length,
          dropped: result.dropped.length,
        })}
      </p>
      {result.dropped.length > 0 && (
        <>
          <p>{t('import.droppedTitle')}</p>
          <ul className="import-dropped" data-content>
            {result.dropped.map((d, i) => (
              <li key={i}>
                <code>
                  {d.in}:{d.pointer || '/'}
                </code>{' '}
                {d.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {result.renamed.length > 0 && (
        <>
          <p>{t('import.renamedTitle')}</p>
          <ul data-content>
            {result.renamed.map((r, i) => (
              <li key={i}>
                <code>{r.from}</code> → <code>{r.to}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {result.outcome !== 'not' && (
        <button type="button" className="primary" onClick={onReplace}>
          {t('import.replace', { count: result.form.fields.length })}
        </button>
      )}
    </div>
  );
}
