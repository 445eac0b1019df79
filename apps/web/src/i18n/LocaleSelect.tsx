// The language selector (header and settings): keeps the choice on the account (and in a cookie for visitors),
// then reloads, so the server renders the page, its dates and its error messages in the new language.
import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { graphql } from '../gql';
import { useLocale, useT } from './I18n';
import { SPACE } from '../ui/typography';
import { isLocale, LOCALE_NAMES, LOCALES } from './locales';

const SetLocaleDocument = graphql(`
  mutation SetLocale($locale: String) {
    setLocale(locale: $locale)
  }
`);

export function LocaleSelect({ className, showLabel = false }: { className?: string; showLabel?: boolean }) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const [setLocale, { loading }] = useMutation(SetLocaleDocument);
  const [failed, setFailed] = useState(false);
  const label = t('locale.label');
  const select = useRef<HTMLSelectElement>(null);

  function choose(next: string) {
    if (!isLocale(next) || next === locale) return;
    setFailed(false);
    setLocale({ variables: { locale: next } }).then(
      () => window.location.reload(),
      () => setFailed(true),
    );
  }

  // A guest's page hydrates on first interaction: a choice made on the server-rendered select before that is
  // still there once the app runs (the select is uncontrolled), and is applied then (once, after hydration).
  useEffect(() => {
    if (select.current && select.current.value !== locale) choose(select.current.value);
  }, []);
  return (
    <span className={className}>
      <label htmlFor={id} className={showLabel ? undefined : 'visually-hidden'}>
        {label}
      </label>
      {SPACE}
      <select
        id={id}
        ref={select}
        defaultValue={locale}
        disabled={loading}
        lang={locale}
        onChange={(event) => choose(event.target.value)}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
      {failed ? <span role="alert">{t('locale.saveFailed')}</span> : null}
    </span>
  );
}
