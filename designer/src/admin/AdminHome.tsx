import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ConnectorCredentials } from '../connectors/ConnectorCredentials';
import { ConnectorHosts } from '../connectors/ConnectorHosts';

/** The act coverage page (i13: the acts namespace). */
function ActsLink() {
  const { t } = useTranslation('acts');
  return <Link to="/admin/acts">{t('coverageTitle')}</Link>;
}

/** The outbox: what was sent, what waits, what failed (h15: the notices namespace). */
function NotificationsLink() {
  const { t } = useTranslation('notices');
  return (
    <>
      <Link to="/admin/notifications">{t('homeLink')}</Link>
      <p>{t('homeHint')}</p>
    </>
  );
}

export function AdminHome() {
  const { t } = useTranslation('admin');
  return (
    <section className="admin-home">
      <h1>{t('home.title')}</h1>
      <ul className="cards">
        <li>
          <Link to="/admin/definitions?kind=ruleset">{t('home.rulesets')}</Link>
          <p>{t('home.rulesetsHint')}</p>
        </li>
        <li>
          <Link to="/admin/definitions?kind=calendar">{t('home.calendars')}</Link>
          <p>{t('home.calendarsHint')}</p>
        </li>
        <li>
          <Link to="/admin/users">{t('home.users')}</Link>
        </li>
        <li>
          <Link to="/admin/audit">{t('home.audit')}</Link>
        </li>
        <li>
          <ActsLink />
        </li>
        <li>
          <NotificationsLink />
        </li>
      </ul>
      <ConnectorHosts />
      <ConnectorCredentials />
    </section>
  );
}
