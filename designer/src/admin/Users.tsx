import { useTranslation } from 'react-i18next';
import { GridTable } from '../shared/GridTable';
import { NewUserForm } from './users/NewUserForm';
import { UserTableRow } from './users/UserTableRow';
import { useUsers } from './users/useUsers';

/** Users, their roles and their groups: create, change role, assign groups, deactivate. */
export function Users() {
  const { t } = useTranslation('users');
  const { t: tn } = useTranslation('notices');
  const { users, error, saved, create, ...changes } = useUsers();
  const known = [...new Set((users ?? []).flatMap((u) => u.groups ?? []))].sort();

  return (
    <section className="users">
      <h1>{t('title')}</h1>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {saved && <p role="status">{saved}</p>}
      <datalist id="known-groups">
        {known.map((g) => (
          <option key={g} value={g} />
        ))}
      </datalist>
      <div className="table-scroll" tabIndex={0}>
        <GridTable
          headings={[t('user'), t('name'), t('role'), t('groups'), tn('email'), t('active')]}
          rows={users}
          row={(u) => <UserTableRow key={u.id} u={u} changes={changes} />}
        />
      </div>
      <NewUserForm onCreate={create} />
    </section>
  );
}
