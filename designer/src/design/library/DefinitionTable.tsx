import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Kind } from '../../../../runtime/definitions/kinds';
import { hasDraft, type DefinitionSummary } from '../../shared/definitionsApi';
import { GridTable } from '../../shared/GridTable';
import { useLang } from '../../shared/lang';
import { resolveLabel } from '../../shared/runtime';

/** The definitions of one kind: each links to its editor, says whether it is published or a draft, and may be duplicated. */
export function DefinitionTable({
  rows,
  kind,
  basePath,
  editable,
  onDuplicate,
}: {
  rows: DefinitionSummary[];
  kind: Kind;
  basePath: string;
  editable: boolean;
  onDuplicate: (id: string) => void;
}) {
  const { t } = useTranslation('design');
  const { lang } = useLang();
  return (
    <GridTable
      headings={[
        t('library.id'),
        t('library.titleColumn'),
        t('library.status'),
        <span className="sr-only">{t('common:actions')}</span>,
      ]}
      rows={rows}
      empty={t('library.empty')}
      row={(row) => (
        <tr key={row.id}>
          <td>
            <Link to={`${basePath}/${kind}/${row.id}`}>{row.id}</Link>
          </td>
          <td>{resolveLabel(row.title ?? undefined, lang)}</td>
          <td>
            {row.version ? (
              <span className="badge published">{t('library.published', { version: row.version })}</span>
            ) : null}{' '}
            {hasDraft(row) || !row.version ? <span className="badge draft">{t('library.draft')}</span> : null}
          </td>
          <td>
            {editable && (
              <button type="button" onClick={() => onDuplicate(row.id)}>
                {t('library.duplicate')}
                <span className="sr-only"> {row.id}</span>
              </button>
            )}
          </td>
        </tr>
      )}
    />
  );
}
