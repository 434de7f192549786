import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRow } from './userRow';

/** A user's e-mail address, saved when submitted (h15: the notices namespace). */
export function EmailEditor({ user, onSave }: { user: UserRow; onSave: (email: string | null) => Promise<void> }) {
  const { t } = useTranslation('notices');
  const [value, setValue] = useState(user.email ?? '');
  useEffect(() => setValue(user.email ?? ''), [user.email]);
  const changed = value.trim() !== (user.email ?? '');
  return (
    <form
      className="row"
      onSubmit={(e) => {
        e.preventDefault();
        if (changed) void onSave(value.trim() || null);
      }}
    >
      <input
        type="email"
        aria-label={t('emailOf', { user: user.username })}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        autoComplete="off"
      />
      <button type="submit" disabled={!changed}>
        {t('saveEmail')}
      </button>
    </form>
  );
}
