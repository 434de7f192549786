import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Navigate, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { AREA_ROLES, mayOpen, useAuth } from './auth';
import { LanguageSwitch } from './lang';

/** The frame of every signed-in screen: the areas this role may open, the content language, log out. */
export function Layout() {
  const { user, loading, logout } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const { t } = useTranslation('common');
  if (loading) return <p className="loading">{t('loading')}</p>;
  if (!user) return <Navigate to="/login" state={{ from: location.pathname + location.search }} replace />;
  return (
    <div className="app">
      <a href="#main" className="skip-link">
        {t('skipToContent')}
      </a>
      <header className="topbar">
        <strong className="brand">Qagida</strong>
        <nav aria-label={t('areas')}>
          {mayOpen(user, 'design') && <NavLink to="/design">{t('area.design')}</NavLink>}
          {mayOpen(user, 'desk') && <NavLink to="/desk">{t('area.desk')}</NavLink>}
          {mayOpen(user, 'admin') && <NavLink to="/admin">{t('area.admin')}</NavLink>}
        </nav>
        <span className="spacer" />
        <LanguageSwitch />
        <span className="who" data-testid="current-user">
          {user.username} ({t(`role.${user.role}`)})
        </span>
        <button type="button" onClick={() => void logout().then(() => navigate('/login'))}>
          {t('logOut')}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p>{t('loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}

/** Renders its area only for the roles allowed there; others see a refusal, never the screen. */
export function RequireArea({ area }: { area: keyof typeof AREA_ROLES }) {
  const { user } = useAuth();
  const { t } = useTranslation('common');
  if (!mayOpen(user, area)) {
    return (
      <section className="forbidden" role="alert">
        <h1>{t('notAllowed')}</h1>
        <p>
          {t('areaOpenTo', {
            area: t(`area.${area}`),
            roles: AREA_ROLES[area].map((r) => t(`role.${r}`)).join(', '),
            role: user ? t(`role.${user.role}`) : '—',
          })}
        </p>
      </section>
    );
  }
  return <Outlet />;
}

export function HomeRedirect() {
  const { user } = useAuth();
  if (mayOpen(user, 'design') && user?.role === 'analyst') return <Navigate to="/design" replace />;
  if (mayOpen(user, 'desk') && user?.role === 'staff') return <Navigate to="/desk" replace />;
  return <Navigate to={user?.role === 'admin' ? '/admin' : '/login'} replace />;
}
