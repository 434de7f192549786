import { useTranslation } from 'react-i18next';

interface FormProps {
  name: string;
  onName: (name: string) => void;
  value: string;
  onValue: (value: string) => void;
  onSave: () => void;
}

/** A name (upper case) and a value typed into a password box, never filled in by the browser. */
export function CredentialForm({ name, onName, value, onValue, onSave }: FormProps) {
  const { t } = useTranslation('connectorsAdmin');
  return (
    <form
      className="row-actions"
      autoComplete="off"
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <label>
        {t('credentials.name')}{' '}
        <input
          name="credentialName"
          value={name}
          onChange={(e) => onName(e.target.value.toUpperCase())}
          pattern="[A-Z][A-Z0-9_]{0,63}"
          required
        />
      </label>
      <label>
        {t('credentials.newValue')}{' '}
        <input
          type="password"
          name="credentialValue"
          autoComplete="new-password"
          value={value}
          onChange={(e) => onValue(e.target.value)}
          required
        />
      </label>
      <button type="submit">{t('credentials.save')}</button>
    </form>
  );
}
