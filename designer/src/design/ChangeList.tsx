import { useTranslation } from 'react-i18next';
import { GridTable } from '../shared/GridTable';
import type { Change } from '../../../runtime/api/jsonDiff';

const show = (v: unknown) => (v === undefined ? '' : JSON.stringify(v));

export function ChangeList({ changes }: { changes: readonly Change[] }) {
  const { t } = useTranslation('design');
  if (!changes.length) return <p>{t('changes.none')}</p>;
  return (
    <GridTable
      className="diff"
      headings={[t('changes.where'), t('changes.change'), t('changes.before'), t('changes.after')]}
      rows={changes}
      row={(c) => (
        <tr key={c.path} className={`diff-${c.op}`}>
          <td>
            <code>{c.path}</code>
          </td>
          <td>{t(`changes.op.${c.op}`)}</td>
          <td className="before">{show(c.from)}</td>
          <td className="after">{show(c.to)}</td>
        </tr>
      )}
    />
  );
}
