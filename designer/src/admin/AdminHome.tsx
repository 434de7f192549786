import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The act coverage page (i13: the acts namespace). */
function ActsLink() {
  const { t } = useTranslation('acts');
  return <Link to="/admin/acts">{t('coverageTitle')}</Link>;
}

export function AdminHome() {
  return (
    <section className="admin-home">
      <h1>Administration</h1>
      <ul className="cards">
        <li>
          <Link to="/admin/definitions?kind=ruleset">Rulesets</Link>
          <p>Change rules while the system runs: publishing takes effect at once for new evaluations.</p>
        </li>
        <li>
          <Link to="/admin/definitions?kind=calendar">Calendars</Link>
          <p>Add a holiday, move a working day; preview which deadlines of cases in flight move.</p>
        </li>
        <li>
          <Link to="/admin/users">Users and roles</Link>
        </li>
        <li>
          <Link to="/admin/audit">Audit log</Link>
        </li>
        <li>
          <ActsLink />
        </li>
      </ul>
    </section>
  );
}
