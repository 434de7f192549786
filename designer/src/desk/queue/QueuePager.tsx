import { useTranslation } from 'react-i18next';
import { PAGE_SIZES, withFilter, type QueueState } from '../queueState';

interface PagerProps {
  state: QueueState;
  go: (next: QueueState) => void;
  /** the offsets of the previous and next pages, null at either end */
  page: { previous: number | null; next: number | null };
}

/** Previous / next page and the page size. */
export function QueuePager({ state, go, page }: PagerProps) {
  const { t } = useTranslation('desk');
  return (
    <nav className="pager" aria-label={t('queue.pages')}>
      <button
        type="button"
        disabled={page.previous === null}
        onClick={() => page.previous !== null && go({ ...state, offset: page.previous })}
      >
        {t('queue.previous')}
      </button>
      <button
        type="button"
        disabled={page.next === null}
        onClick={() => page.next !== null && go({ ...state, offset: page.next })}
      >
        {t('queue.next')}
      </button>
      <label>
        {t('queue.pageSize')}
        <select
          aria-label={t('queue.pageSize')}
          value={state.limit}
          onChange={(e) => go(withFilter(state, { limit: Number(e.target.value) }))}
        >
          {PAGE_SIZES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
    </nav>
  );
}
