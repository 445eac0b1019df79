// The email field of the account forms (sign in, forgot password): the browser may fill it in, and the
// server's message for it appears beside it.
import { useT } from '../../i18n/I18n';
import { TextField } from '../../ui/TextField';

export function EmailField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (email: string) => void;
  error?: string;
}) {
  const t = useT();
  return (
    <TextField
      label={t('auth.email')}
      name="email"
      type="email"
      autoComplete="email"
      required
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
    />
  );
}
