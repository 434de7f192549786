import { useTranslation } from 'react-i18next';
import { useLang } from '../../shared/lang';
import { resolveLabel } from '../../shared/runtime';
import { STATUSES, statusLabel } from '../labels';
import { withFilter, type QueueState, type Who } from '../queueState';
import type { ServiceNames } from '../useServiceCatalog';

const WHO: Who[] = ['all', 'mine', 'group', 'none'];

interface FilterProps {
  state: QueueState;
  go: (next: QueueState) => void;
  catalog: ServiceNames[] | null;
}

/** Which cases the queue shows: whose, of which service, step and status, due today, overdue. */
export function QueueFilters({ state, go, catalog }: FilterProps) {
  const { t } = useTranslation('desk');
  return (
    <div className="filters" role="group" aria-label={t('queue.filters')}>
      <div role="radiogroup" aria-label={t('queue.whichCases')} className="tabs">
        {WHO.map((w) => (
          <button
            key={w}
            type="button"
            role="radio"
            aria-checked={state.who === w}
            onClick={() => go(withFilter(state, { who: w }))}
          >
            {t(`queue.who.${w}`)}
          </button>
        ))}
      </div>
      <ServiceAndStep state={state} go={go} catalog={catalog} />
      <label>
        {t('queue.status')}
        <select value={state.status} onChange={(e) => go(withFilter(state, { status: e.target.value }))}>
          <option value="">{t('queue.any')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(t, s)}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={state.dueToday}
          onChange={(e) => go(withFilter(state, { dueToday: e.target.checked }))}
        />{' '}
        {t('queue.dueToday')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={state.overdue}
          onChange={(e) => go(withFilter(state, { overdue: e.target.checked }))}
        />{' '}
        {t('queue.overdue')}
      </label>
    </div>
  );
}

/** The service picker and the step picker: a chosen service offers its steps, no service every step once. */
function ServiceAndStep({ state, go, catalog }: FilterProps) {
  const { t } = useTranslation('desk');
  const { lang } = useLang();
  const stepChoices = state.service
    ? (catalog?.find((s) => s.id === state.service)?.steps ?? [])
    : [...new Map((catalog ?? []).flatMap((s) => s.steps).map((s) => [s.id, s])).values()];
  return (
    <>
      <label>
        {t('queue.service')}
        <select value={state.service} onChange={(e) => go(withFilter(state, { service: e.target.value, step: '' }))}>
          <option value="">{t('queue.any')}</option>
          {(catalog ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {resolveLabel(s.title as never, lang) || t('unknown')}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('queue.step')}
        <select value={state.step} onChange={(e) => go(withFilter(state, { step: e.target.value }))}>
          <option value="">{t('queue.any')}</option>
          {stepChoices.map((s) => (
            <option key={s.id} value={s.id}>
              {resolveLabel(s.label as never, lang) || t('unknown')}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
