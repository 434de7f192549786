import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../shared/format';
import type { Credential } from './useCredentials';

interface TableProps {
  credentials: Credential[];
  /** put the name in the form, for a new value */
  onReplace: (name: string) => void;
  onDelete: (name: string) => void;
}

/** The credentials by name, who set each and when, the value hidden; each can be replaced or deleted. */
export function CredentialTable({ credentials, onReplace, onDelete }: TableProps) {
  const { t } = useTranslation('connectorsAdmin');
  if (credentials.length === 0) return <p>{t('credentials.none')}</p>;
  return (
    <table data-testid="connector-credentials">
      <thead>
        <tr>
          <th scope="col">{t('credentials.name')}</th>
          <th scope="col">{t('credentials.setBy')}</th>
          <th scope="col">{t('credentials.value')}</th>
          <th scope="col">{t('credentials.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {credentials.map((c) => (
          <tr key={c.name}>
            <th scope="row">
              <code>{c.name}</code>
            </th>
            <td>{t('credentials.by', { user: c.updatedBy, at: formatInstant(c.updatedAt) })}</td>
            <td>{t('credentials.hidden')}</td>
            <td>
              <button type="button" onClick={() => onReplace(c.name)}>
                {t('credentials.replace')}
              </button>{' '}
              <button type="button" onClick={() => onDelete(c.name)}>
                {t('credentials.delete')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
