// /admin/site: the community's name, tagline, colours, logo and default language, changed live for every page.
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type ChangeEvent } from 'react';
import { CommunityDocument } from '../../app/community';
import { toFormErrors, type FormErrors } from '../../app/errors';
import { PageTitle } from '../../app/PageTitle';
import { readableOn } from '../../app/theme';
import { pageT, useIntl, useT } from '../../i18n/I18n';
import { isLocale, LOCALE_NAMES } from '../../i18n/locales';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SelectField } from '../../ui/SelectField';
import { Status } from '../../ui/Status';
import { TextField } from '../../ui/TextField';
import { useFormSubmit } from '../accounts/useFormSubmit';
import {
  RemoveLogoDocument,
  SiteSettingsDocument,
  UpdateSiteSettingsDocument,
  UploadLogoDocument,
} from './admin.documents';

/** A language's name in itself and, where the page's language words it otherwise, in the page's language. */
function useLanguageName(): (locale: string) => string {
  const intl = useIntl();
  const t = useT();
  const names = new Intl.DisplayNames(intl.locale, { type: 'language' });
  return (locale) => {
    if (!isLocale(locale)) return locale;
    const own = LOCALE_NAMES[locale];
    const here = names.of(locale === 'zh-CN' ? 'zh-Hans' : locale) ?? own;
    return here.toLocaleLowerCase(intl.locale) === own.toLocaleLowerCase(intl.locale)
      ? own
      : t('admin.site.languageOption', { own, here });
  };
}

const refetch = {
  refetchQueries: [{ query: SiteSettingsDocument }, { query: CommunityDocument }],
  awaitRefetchQueries: true,
};

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error(pageT('admin.site.fileUnreadable')));
    reader.readAsDataURL(file);
  });
}

export function SitePage() {
  const t = useT();
  const languageName = useLanguageName();
  const { data, error, loading } = useQuery(SiteSettingsDocument);
  const settings = data?.siteSettings;
  const [update] = useMutation(UpdateSiteSettingsDocument, refetch);
  const [form, setForm] = useState({
    name: '',
    tagline: '',
    primaryColor: '',
    accentColor: '',
    defaultLocale: '',
  });
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (settings) {
      const c = settings.current;
      setForm({
        name: c.name,
        tagline: c.tagline,
        primaryColor: c.primaryColor,
        accentColor: c.accentColor,
        defaultLocale: c.defaultLocale,
      });
    }
  }, [settings]);
  const submit = useFormSubmit(async () => {
    setSaved(false);
    // An emptied field goes back to the installation's default.
    const input = Object.fromEntries(
      Object.entries(form).map(([k, v]) => [k, v.trim() === '' ? null : v.trim()]),
    );
    await update({ variables: { input } });
    setSaved(true);
  });
  const set = (key: keyof typeof form) => (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));

  if (loading) return <Status>{t('admin.loading')}</Status>;
  if (error || !settings) return <ErrorAlert>{error?.message ?? t('admin.site.loadFailed')}</ErrorAlert>;
  const defaults = settings.defaults;

  return (
    <>
      <PageTitle>{t('admin.site.pageTitle')}</PageTitle>
      <h1>{t('admin.section.site')}</h1>
      <p className="muted">{t('admin.site.lead')}</p>
      <div className="settings">
        <section className="panel" aria-labelledby="brand-title">
          <h2 id="brand-title" className="panel__title">
            {t('admin.site.brandTitle')}
          </h2>
          <form ref={submit.formRef} onSubmit={submit.onSubmit} noValidate className="form">
            {submit.errors ? <ErrorAlert>{submit.errors.message}</ErrorAlert> : null}
            {saved ? (
              <p role="status" className="alert alert--success">
                {t('admin.site.saved')}
              </p>
            ) : null}
            <TextField
              label={t('admin.site.name')}
              name="name"
              value={form.name}
              onChange={set('name')}
              hint={t('admin.site.default', { value: defaults.name })}
              error={submit.errors?.fields.name}
              maxLength={80}
            />
            <TextField
              label={t('admin.site.tagline')}
              name="tagline"
              value={form.tagline}
              onChange={set('tagline')}
              hint={t('admin.site.taglineHint')}
              error={submit.errors?.fields.tagline}
              maxLength={200}
            />
            <ColourField
              label={t('admin.site.primaryColour')}
              name="primaryColor"
              value={form.primaryColor}
              fallback={defaults.primaryColor}
              onChange={(v) => setForm((f) => ({ ...f, primaryColor: v }))}
              error={submit.errors?.fields.primaryColor}
            />
            <ColourField
              label={t('admin.site.accentColour')}
              name="accentColor"
              value={form.accentColor}
              fallback={defaults.accentColor}
              onChange={(v) => setForm((f) => ({ ...f, accentColor: v }))}
              error={submit.errors?.fields.accentColor}
            />
            <BrandPreview primary={form.primaryColor} accent={form.accentColor} name={form.name} />
            <SelectField
              label={t('admin.site.defaultLanguage')}
              name="defaultLocale"
              value={form.defaultLocale}
              onChange={set('defaultLocale')}
              hint={t('admin.site.defaultLanguageHint')}
              error={submit.errors?.fields.defaultLocale}
            >
              {settings.locales.map((l) => (
                <option key={l} value={l}>
                  {languageName(l)}
                </option>
              ))}
            </SelectField>
            <div>
              <Button type="submit" busy={submit.busy}>
                {t('admin.site.save')}
              </Button>
            </div>
          </form>
        </section>
        <LogoSection logoUrl={settings.current.logoUrl ?? null} maxBytes={settings.maxLogoBytes} />
      </div>
    </>
  );
}

function ColourField({
  label,
  name,
  value,
  fallback,
  onChange,
  error,
}: {
  label: string;
  name: string;
  value: string;
  fallback: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const t = useT();
  const valid = /^#[0-9a-f]{6}$/i.test(value);
  return (
    <div className="colour-field">
      <input
        type="color"
        aria-label={t('admin.site.colourPicker', { label })}
        value={valid ? value.toLowerCase() : fallback}
        onChange={(e) => onChange(e.target.value)}
      />
      <TextField
        label={label}
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        hint={t('admin.site.colourHint', { value: fallback })}
        error={error}
        maxLength={7}
      />
    </div>
  );
}

function BrandPreview({ primary, accent, name }: { primary: string; accent: string; name: string }) {
  const t = useT();
  const ok = (c: string) => /^#[0-9a-f]{6}$/i.test(c);
  if (!ok(primary) || !ok(accent)) return null;
  return (
    <div className="brand-preview" aria-label={t('admin.site.preview')}>
      <span className="brand-preview__swatch" style={{ background: primary, color: readableOn(primary) }}>
        {name || t('admin.site.previewHeader')}
      </span>
      <span className="brand-preview__swatch" style={{ background: accent, color: readableOn(accent) }}>
        {t('admin.site.previewAccent')}
      </span>
    </div>
  );
}

function LogoSection({ logoUrl, maxBytes }: { logoUrl: string | null; maxBytes: number }) {
  const t = useT();
  const intl = useIntl();
  const kilobytes = (bytes: number) =>
    intl.formatNumber(Math.ceil(bytes / 1024), { style: 'unit', unit: 'kilobyte' });
  const [upload] = useMutation(UploadLogoDocument, refetch);
  const [remove] = useMutation(RemoveLogoDocument, refetch);
  const [problem, setProblem] = useState<FormErrors | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const run = async (work: () => Promise<unknown>, message: string) => {
    setProblem(null);
    setDone(null);
    setBusy(true);
    try {
      await work();
      setDone(message);
    } catch (e) {
      setProblem(toFormErrors(e));
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > maxBytes) {
      setDone(null);
      setProblem({
        message: t('admin.site.logoTooLarge', {
          file: file.name,
          size: kilobytes(file.size),
          limit: kilobytes(maxBytes),
        }),
        code: 'BAD_USER_INPUT',
        fields: {},
      });
      return;
    }
    await run(
      async () =>
        upload({ variables: { input: { filename: file.name, contentBase64: await readBase64(file) } } }),
      t('admin.site.logoUploaded', { file: file.name }),
    );
  };

  return (
    <section className="panel" aria-labelledby="logo-title">
      <h2 id="logo-title" className="panel__title">
        {t('admin.site.logo')}
      </h2>
      <p className="muted">{t('admin.site.logoLead', { limit: kilobytes(maxBytes) })}</p>
      {problem ? <ErrorAlert>{problem.message}</ErrorAlert> : null}
      {done ? (
        <p role="status" className="alert alert--success">
          {done}
        </p>
      ) : null}
      <div className="logo-preview">
        {logoUrl ? (
          <img src={logoUrl} alt={t('admin.site.currentLogo')} />
        ) : (
          <span className="muted">{t('admin.site.noLogo')}</span>
        )}
        <label className="button button--secondary">
          {t(logoUrl ? 'admin.site.replaceLogo' : 'admin.site.uploadLogo')}
          <input
            type="file"
            name="logo"
            accept="image/png,image/webp,image/svg+xml,.png,.webp,.svg"
            className="visually-hidden"
            onChange={(e) => void onFile(e)}
            disabled={busy}
          />
        </label>
        {logoUrl ? (
          <Button
            variant="quiet"
            busy={busy}
            onClick={() => void run(() => remove(), t('admin.site.logoRemoved'))}
          >
            {t('admin.site.removeLogo')}
          </Button>
        ) : null}
      </div>
    </section>
  );
}
