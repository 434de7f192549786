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
  if (loading) return <p className="loading">Loading…</p>;
  if (!user) return <Navigate to="/login" state={{ from: location.pathname + location.search }} replace />;
  return (
    <div className="app">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="topbar">
        <strong className="brand">Qagida</strong>
        <nav aria-label="Areas">
          {mayOpen(user, 'design') && <NavLink to="/design">Design</NavLink>}
          {mayOpen(user, 'desk') && <NavLink to="/desk">Desk</NavLink>}
          {mayOpen(user, 'admin') && <NavLink to="/admin">Admin</NavLink>}
        </nav>
        <span className="spacer" />
        <LanguageSwitch />
        <span className="who" data-testid="current-user">
          {user.username} ({user.role})
        </span>
        <button type="button" onClick={() => void logout().then(() => navigate('/login'))}>
          {t('logOut')}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p>Loading…</p>}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}

/** Renders its area only for the roles allowed there; others see a refusal, never the screen. */
export function RequireArea({ area }: { area: keyof typeof AREA_ROLES }) {
  const { user } = useAuth();
  if (!mayOpen(user, area)) {
    return (
      <section className="forbidden" role="alert">
        <h1>Not allowed</h1>
        <p>
          The {area} area is open to: {AREA_ROLES[area].join(', ')}. You are signed in as {user?.role ?? 'nobody'}.
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
