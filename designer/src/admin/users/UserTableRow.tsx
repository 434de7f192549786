import { useTranslation } from 'react-i18next';
import { EmailEditor } from './EmailEditor';
import { GroupsEditor } from './GroupsEditor';
import { isRole, ROLES } from '../../../../runtime/api/roles';
import type { UserRow } from './userRow';
import type { useUsers } from './useUsers';

type Changes = Pick<ReturnType<typeof useUsers>, 'update' | 'setEmail' | 'setGroups'>;

/** One user: username, name, role (changed at once), groups, e-mail address, and whether the account is active. */
export function UserTableRow({ u, changes }: { u: UserRow; changes: Changes }) {
  const { t } = useTranslation('users');
  const { update, setEmail, setGroups } = changes;
  return (
    <tr>
      <td>{u.username}</td>
      <td>{u.displayName}</td>
      <td>
        <select
          aria-label={t('roleOf', { user: u.username })}
          value={u.role}
          onChange={(e) => {
            const role = e.target.value;
            if (isRole(role)) void update(u.id, { role });
          }}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <GroupsEditor user={u} onSave={(groups) => setGroups(u.username, groups)} />
      </td>
      <td>
        <EmailEditor user={u} onSave={(email) => setEmail(u, email)} />
      </td>
      <td>
        <input
          type="checkbox"
          aria-label={t('activeOf', { user: u.username })}
          checked={u.active}
          onChange={(e) => void update(u.id, { active: e.target.checked })}
        />
      </td>
    </tr>
  );
}
