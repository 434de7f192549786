import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Id } from '../../../../runtime/definitions/common';
import { schemaPattern } from '../../shared/schemaPattern';
import type { UserRow } from './userRow';

const GROUP_PATTERN = schemaPattern(Id);

/** A user's groups: each can be removed; a new one is added by name (the groups in use are suggested). */
export function GroupsEditor({ user, onSave }: { user: UserRow; onSave: (groups: string[]) => Promise<void> }) {
  const { t } = useTranslation('users');
  const [adding, setAdding] = useState('');
  const groups = user.groups ?? [];
  const valid = GROUP_PATTERN.test(adding.trim());
  return (
    <div className="groups" data-groups={user.username}>
      <ul className="chips" aria-label={t('groupsOf', { user: user.username })}>
        {groups.map((g) => (
          <li key={g}>
            {g}{' '}
            <button
              type="button"
              aria-label={t('removeGroup', { group: g, user: user.username })}
              onClick={() => void onSave(groups.filter((x) => x !== g))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!valid || groups.includes(adding.trim())) return;
          void onSave([...groups, adding.trim()]).then(() => setAdding(''));
        }}
      >
        <input
          aria-label={t('newGroupFor', { user: user.username })}
          list="known-groups"
          value={adding}
          onChange={(e) => setAdding(e.target.value)}
          placeholder={t('groupPlaceholder')}
        />
        <button type="submit" disabled={!valid}>
          {t('addGroup')}
        </button>
      </form>
    </div>
  );
}
