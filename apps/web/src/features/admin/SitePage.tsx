// /admin/site: the community's name, tagline, colours, logo and default language, changed live for every page.
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type ChangeEvent } from 'react';
import { CommunityDocument } from '../../app/community';
import { toFormErrors, type FormErrors } from '../../app/errors';
import { PageTitle } from '../../app/PageTitle';
import { readableOn } from '../../app/theme';
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

const LANGUAGES: Record<string, string> = {
  en: 'English',
  ru: 'Русский (Russian)',
  sl: 'Slovenščina (Slovenian)',
  'zh-CN': '简体中文 (Chinese, simplified)',
};

const refetch = {
  refetchQueries: [{ query: SiteSettingsDocument }, { query: CommunityDocument }],
  awaitRefetchQueries: true,
};

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

export function SitePage() {
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

  if (loading) return <Status>Loading…</Status>;
  if (error || !settings)
    return <ErrorAlert>{error?.message ?? 'The settings could not be loaded.'}</ErrorAlert>;
  const defaults = settings.defaults;

  return (
    <>
      <PageTitle>Site settings</PageTitle>
      <h1>Site</h1>
      <p className="muted">
        Every page shows these at once, without a restart. Empty a field to go back to the installation’s
        default (from its environment).
      </p>
      <div className="settings">
        <section className="panel" aria-labelledby="brand-title">
          <h2 id="brand-title" className="panel__title">
            Name, colours and language
          </h2>
          <form ref={submit.formRef} onSubmit={submit.onSubmit} noValidate className="form">
            {submit.errors ? <ErrorAlert>{submit.errors.message}</ErrorAlert> : null}
            {saved ? (
              <p role="status" className="alert alert--success">
                Saved: every page shows the change now.
              </p>
            ) : null}
            <TextField
              label="Community name"
              name="name"
              value={form.name}
              onChange={set('name')}
              hint={`Default: ${defaults.name}`}
              error={submit.errors?.fields.name}
              maxLength={80}
            />
            <TextField
              label="Tagline"
              name="tagline"
              value={form.tagline}
              onChange={set('tagline')}
              hint="Shown in the footer and to search engines."
              error={submit.errors?.fields.tagline}
              maxLength={200}
            />
            <ColourField
              label="Primary colour"
              name="primaryColor"
              value={form.primaryColor}
              fallback={defaults.primaryColor}
              onChange={(v) => setForm((f) => ({ ...f, primaryColor: v }))}
              error={submit.errors?.fields.primaryColor}
            />
            <ColourField
              label="Accent colour"
              name="accentColor"
              value={form.accentColor}
              fallback={defaults.accentColor}
              onChange={(v) => setForm((f) => ({ ...f, accentColor: v }))}
              error={submit.errors?.fields.accentColor}
            />
            <BrandPreview primary={form.primaryColor} accent={form.accentColor} name={form.name} />
            <SelectField
              label="Default language"
              name="defaultLocale"
              value={form.defaultLocale}
              onChange={set('defaultLocale')}
              hint="For visitors who have not chosen a language."
              error={submit.errors?.fields.defaultLocale}
            >
              {settings.locales.map((l) => (
                <option key={l} value={l}>
                  {LANGUAGES[l] ?? l}
                </option>
              ))}
            </SelectField>
            <div>
              <Button type="submit" busy={submit.busy}>
                Save
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
  const valid = /^#[0-9a-f]{6}$/i.test(value);
  return (
    <div className="colour-field">
      <input
        type="color"
        aria-label={`${label} picker`}
        value={valid ? value.toLowerCase() : fallback}
        onChange={(e) => onChange(e.target.value)}
      />
      <TextField
        label={label}
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        hint={`#rrggbb; default ${fallback}`}
        error={error}
        maxLength={7}
      />
    </div>
  );
}

function BrandPreview({ primary, accent, name }: { primary: string; accent: string; name: string }) {
  const ok = (c: string) => /^#[0-9a-f]{6}$/i.test(c);
  if (!ok(primary) || !ok(accent)) return null;
  return (
    <div className="brand-preview" aria-label="Preview">
      <span className="brand-preview__swatch" style={{ background: primary, color: readableOn(primary) }}>
        {name || 'Header'}
      </span>
      <span className="brand-preview__swatch" style={{ background: accent, color: readableOn(accent) }}>
        Accent
      </span>
    </div>
  );
}

function LogoSection({ logoUrl, maxBytes }: { logoUrl: string | null; maxBytes: number }) {
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
        message: `${file.name} is ${Math.ceil(file.size / 1024)} KB; the limit is ${maxBytes / 1024} KB. Export it smaller and try again.`,
        code: 'BAD_USER_INPUT',
        fields: {},
      });
      return;
    }
    await run(
      async () =>
        upload({ variables: { input: { filename: file.name, contentBase64: await readBase64(file) } } }),
      `${file.name} is the logo now.`,
    );
  };

  return (
    <section className="panel" aria-labelledby="logo-title">
      <h2 id="logo-title" className="panel__title">
        Logo
      </h2>
      <p className="muted">
        PNG, WebP or SVG, up to {maxBytes / 1024} KB. SVGs are cleaned of scripts and outside references.
      </p>
      {problem ? <ErrorAlert>{problem.message}</ErrorAlert> : null}
      {done ? (
        <p role="status" className="alert alert--success">
          {done}
        </p>
      ) : null}
      <div className="logo-preview">
        {logoUrl ? (
          <img src={logoUrl} alt="Current logo" />
        ) : (
          <span className="muted">No logo: the header shows the name’s initial.</span>
        )}
        <label className="button button--secondary">
          {logoUrl ? 'Replace logo…' : 'Upload logo…'}
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
            onClick={() => void run(() => remove(), 'The logo was removed.')}
          >
            Remove logo
          </Button>
        ) : null}
      </div>
    </section>
  );
}
