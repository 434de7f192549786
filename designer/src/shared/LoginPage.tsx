import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { errorText } from './api';
import { useAuth } from './auth';
import { LanguageSwitch } from './lang';

export function LoginPage() {
  const { login } = useAuth();
  const { t } = useTranslation('login');
  const navigate = useNavigate();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      await login(username, password);
      const back = (location.state as { from?: string } | null)?.from;
      await navigate(back && back !== '/login' ? back : '/');
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="login">
      <LanguageSwitch />
      <h1>Qagida</h1>
      <form onSubmit={(e) => void submit(e)} aria-label={t('logIn')}>
        <label>
          {t('userName')}
          <input
            name="username"
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
            autoFocus
          />
        </label>
        <label>
          {t('password')}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t('logIn')}
        </button>
      </form>
    </main>
  );
}
