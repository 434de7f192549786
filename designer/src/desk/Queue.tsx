import { useTranslation } from 'react-i18next';
import { useLang } from '../shared/lang';
import { pageOf } from './queueState';
import { QueueFilters } from './queue/QueueFilters';
import { queueNames } from './queue/queueNames';
import { QueuePager } from './queue/QueuePager';
import { QueueSearch } from './queue/QueueSearch';
import { QueueTable } from './queue/QueueTable';
import { useQueue } from './queue/useQueue';
import { useServiceCatalog } from './useServiceCatalog';

/**
 * The work queue: the server searches (case number, applicant name, IIN/BIN), filters, sorts by any column
 * and pages; the state lives in the address. Each case can be claimed or released from its row.
 */
export function Queue() {
  const { t } = useTranslation('desk');
  const { lang } = useLang();
  const { state, answer, error, go, reload } = useQueue();
  const catalog = useServiceCatalog();
  const cases = answer?.cases ?? [];
  const page = pageOf(state, cases.length, answer?.total ?? 0);

  return (
    <section className="queue">
      <h1>{t('queue.title')}</h1>
      <QueueSearch state={state} go={go} />
      <QueueFilters state={state} go={go} catalog={catalog} />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!answer ? (
        <p>{t('loading')}</p>
      ) : (
        <>
          <p role="status" data-testid="queue-total">
            {t('queue.showing', { from: page.from, to: page.to, total: answer.total })}
          </p>
          <QueueTable state={state} go={go} cases={cases} names={queueNames(catalog, lang, t)} onChanged={reload} />
          <QueuePager state={state} go={go} page={page} />
        </>
      )}
    </section>
  );
}
