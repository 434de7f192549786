import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withFilter, type QueueState } from '../queueState';

/** The search box: case number, applicant name or IIN/BIN; the server searches when the form is sent. */
export function QueueSearch({ state, go }: { state: QueueState; go: (next: QueueState) => void }) {
  const { t } = useTranslation('desk');
  const [search, setSearch] = useState(state.q);
  return (
    <form
      role="search"
      className="queue-search"
      onSubmit={(e) => {
        e.preventDefault();
        go(withFilter(state, { q: search }));
      }}
    >
      <label>
        {t('queue.search')}
        <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </label>
      <button type="submit">{t('queue.find')}</button>
    </form>
  );
}
