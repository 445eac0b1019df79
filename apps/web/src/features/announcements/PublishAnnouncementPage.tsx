// Employees publish (and edit) signed announcements, optionally pinned as a banner until a date.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { toFormErrors, type FormErrors } from '../../app/errors';
import { PageTitle } from '../../app/PageTitle';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SelectField } from '../../ui/SelectField';
import { Status } from '../../ui/Status';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { useT } from '../../i18n/I18n';
import { useMe } from '../accounts/useMe';
import { CategoriesDocument } from '../categories/categories.documents';
import {
  AnnouncementDocument,
  EditAnnouncementDocument,
  PinnedAnnouncementsDocument,
  PublishAnnouncementDocument,
} from './announcements.documents';

/** `datetime-local` wants local time without a zone. */
function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

export function PublishAnnouncementPage() {
  const t = useT();
  const { id } = useParams();
  const { me, loading: meLoading } = useMe();
  const navigate = useNavigate();
  const categories = useQuery(CategoriesDocument);
  const existing = useQuery(AnnouncementDocument, { variables: { id: id ?? '' }, skip: !id });
  const refetchQueries = [{ query: PinnedAnnouncementsDocument, variables: { categoryId: null } }];
  const [publish] = useMutation(PublishAnnouncementDocument, { refetchQueries });
  const [edit] = useMutation(EditAnnouncementDocument, { refetchQueries });
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [busy, setBusy] = useState(false);

  if (meLoading || (id && existing.loading && !existing.data)) return <Status>{t('lists.loading')}</Status>;
  if (!me?.can?.announce.allowed)
    return (
      <ErrorAlert title={t('announcements.employeesOnly')}>
        {me?.can?.announce.reason ?? t('announcements.employeesOnlyReason')}
      </ErrorAlert>
    );
  const current = existing.data?.announcement;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const pin = String(form.get('pinnedUntil') ?? '');
    const pinnedUntil = pin ? new Date(pin).toISOString() : null;
    const title = String(form.get('title') ?? '');
    const body = String(form.get('body') ?? '');
    setBusy(true);
    setErrors(null);
    try {
      const result = current
        ? (
            await edit({
              variables: { input: { id: current.id, title, body, pinnedUntil, unpin: !pinnedUntil } },
            })
          ).data?.editAnnouncement
        : (
            await publish({
              variables: { input: { categoryId: String(form.get('categoryId')), title, body, pinnedUntil } },
            })
          ).data?.publishAnnouncement;
      if (result) await navigate(`/announcements/${result.id}`);
    } catch (e) {
      setErrors(toFormErrors(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageTitle>{t(current ? 'announcements.edit' : 'announcements.new')}</PageTitle>
      <header className="page-header">
        <h1>{t(current ? 'announcements.edit' : 'announcements.new')}</h1>
        <p className="page-header__lead">{t('announcements.formLead', { name: me.displayName })}</p>
      </header>
      <form className="form announcement-form" onSubmit={(e) => void onSubmit(e)} noValidate>
        {errors ? <ErrorAlert>{errors.message}</ErrorAlert> : null}
        {current ? null : (
          <SelectField
            label={t('announcements.category')}
            name="categoryId"
            error={errors?.fields.categoryId}
            required
          >
            {categories.data?.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
        )}
        <TextField
          label={t('announcements.title')}
          name="title"
          defaultValue={current?.title}
          error={errors?.fields.title}
          required
        />
        <TextAreaField
          label={t('announcements.body')}
          name="body"
          hint={t('announcements.bodyHint')}
          rows={10}
          defaultValue={current?.body}
          error={errors?.fields.body}
          required
        />
        <TextField
          label={t('announcements.pinnedUntilLabel')}
          name="pinnedUntil"
          type="datetime-local"
          hint={t('announcements.pinnedUntilHint')}
          defaultValue={toLocalInput(current?.pinnedUntil)}
          error={errors?.fields.pinnedUntil}
        />
        <Button type="submit" busy={busy}>
          {t(current ? 'announcements.signAndSave' : 'announcements.signAndPublish')}
        </Button>
      </form>
    </>
  );
}
