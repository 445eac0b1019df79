// The one form for a thread's title, Markdown body and tags, used to ask (AskPage, which adds kind and
// category above it) and to edit (EditThreadPage). The server's field errors appear beside each field.
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { FormErrors } from '../../app/errors';
import { useT } from '../../i18n/I18n';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { MarkdownEditor } from '../../ui/MarkdownEditor';
import { TextField } from '../../ui/TextField';
import { useFormSubmit } from '../accounts/useFormSubmit';
import { formatTags, parseTags } from './tags';

export interface ThreadText {
  title: string;
  body: string;
  tags: string[];
}

export function ThreadForm({
  initial,
  onSave,
  leading,
  afterTitle,
  hints = {},
  bodyRows = 10,
  submitLabel,
  busyLabel,
  cancelTo,
}: {
  initial: ThreadText;
  /** Saves; a thrown GraphQL error is shown on the form, field by field. */
  onSave: (text: ThreadText) => Promise<void>;
  /** Fields above the title (asking adds kind and category), given the current errors. */
  leading?: (errors: FormErrors | null) => ReactNode;
  /** Shown under the title, given its current value (asking shows similar questions). */
  afterTitle?: (title: string) => ReactNode;
  hints?: { title?: string; body?: string; tags?: string };
  bodyRows?: number;
  submitLabel: string;
  busyLabel: string;
  cancelTo: string;
}) {
  const t = useT();
  const [title, setTitle] = useState(initial.title);
  const [body, setBody] = useState(initial.body);
  const [tags, setTags] = useState(formatTags(initial.tags));
  const { errors, busy, formRef, onSubmit } = useFormSubmit(() =>
    onSave({ title, body, tags: parseTags(tags) }),
  );

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="form panel form-page__form">
      {errors ? <ErrorAlert>{errors.message}</ErrorAlert> : null}
      {leading?.(errors)}
      <TextField
        label={t('threadForm.title')}
        name="title"
        hint={hints.title}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors?.fields.title}
        required
      />
      {afterTitle?.(title)}
      <MarkdownEditor
        label={t('threadForm.body')}
        name="body"
        hint={hints.body}
        value={body}
        onChange={setBody}
        rows={bodyRows}
        error={errors?.fields.body}
        required
      />
      <TextField
        label={t('thread.tags')}
        name="tags"
        hint={hints.tags ?? t('threadForm.tagsHint')}
        value={tags}
        onChange={(e) => setTags(e.target.value)}
        error={errors?.fields.tags}
        autoCapitalize="none"
      />
      <div className="form__actions">
        <Button type="submit" busy={busy}>
          {busy ? busyLabel : submitLabel}
        </Button>
        <Link to={cancelTo} className="button button--quiet">
          {t('threadForm.cancel')}
        </Link>
      </div>
    </form>
  );
}
