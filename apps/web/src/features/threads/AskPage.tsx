// Asking: kind, category, title, Markdown body and tags; the server's field errors appear beside each field.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import type { ThreadKind } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { MarkdownEditor } from '../../ui/MarkdownEditor';
import { SelectField } from '../../ui/SelectField';
import { Status } from '../../ui/Status';
import { TextField } from '../../ui/TextField';
import { useFormSubmit } from '../accounts/useFormSubmit';
import { useAuthLinks } from '../accounts/returnTo';
import { useMe } from '../accounts/useMe';
import { ExpectedWait } from '../care/ExpectedWait';
import { SimilarQuestions } from '../search/SimilarQuestions';
import { parseTags } from './tags';
import { threadPath } from './ThreadList';
import { AskCategoriesDocument, CreateThreadDocument } from './threads.documents';

const KINDS: { kind: ThreadKind; label: string; hint: string }[] = [
  { kind: 'QUESTION', label: 'Question', hint: 'You need an answer to a specific problem.' },
  { kind: 'DISCUSSION', label: 'Discussion', hint: 'Start a conversation or share an experience.' },
  { kind: 'IDEA', label: 'Idea', hint: 'Suggest an improvement for others to vote on.' },
];

export function AskPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { me, loading: meLoading } = useMe();
  const links = useAuthLinks();
  const categories = useQuery(AskCategoriesDocument);
  // `?kind=IDEA` (from the roadmap and an ideas category) opens the form as "Share an idea".
  const [kind, setKind] = useState<ThreadKind>(
    KINDS.find((k) => k.kind === params.get('kind'))?.kind ?? 'QUESTION',
  );
  const [categorySlug, setCategorySlug] = useState(params.get('category') ?? '');
  // Prefilled from a search that found nothing ("Ask the community" on the search page).
  const [title, setTitle] = useState(params.get('title') ?? '');
  const [body, setBody] = useState('');
  const [tags, setTags] = useState('');
  // The asker watches the new thread automatically: the header's copy of their watches follows.
  const [createThread] = useMutation(CreateThreadDocument, { refetchQueries: ['MyWatches'] });

  const list = categories.data?.categories ?? [];
  const category = list.find((c) => c.slug === categorySlug);
  const idea = kind === 'IDEA';

  function chooseCategory(slug: string) {
    setCategorySlug(slug);
    // Choosing the ideas category means sharing an idea (the other kinds stay one click away).
    if (list.find((c) => c.slug === slug)?.forIdeas) setKind('IDEA');
  }

  const { errors, busy, formRef, onSubmit } = useFormSubmit(async () => {
    const { data } = await createThread({
      variables: {
        input: { kind, categoryId: category?.id ?? '', title, body, tags: parseTags(tags) },
      },
    });
    if (data) await navigate(threadPath(data.createThread.id));
  });

  if (meLoading) return <Status>Loading…</Status>;

  return (
    <section className="form-page" aria-labelledby="ask-title">
      <PageTitle>{idea ? 'Share an idea' : 'Ask a question'}</PageTitle>
      <h1 id="ask-title">{idea ? 'Share an idea' : 'Ask the community'}</h1>
      <p className="form-page__lead">
        {idea
          ? 'Suggest an improvement. Members vote for the ideas they want, and our team tells you where yours stands on the roadmap.'
          : 'Members and our team answer here. A clear title and the steps you tried get the fastest help.'}
      </p>
      {!me ? (
        <div className="panel">
          <p className="panel__empty">
            <Link to={links.signIn}>Sign in</Link> or <Link to={links.signUp}>create an account</Link>{' '}
            {idea ? 'to share an idea.' : 'to ask a question.'}
          </p>
        </div>
      ) : (
        <form ref={formRef} onSubmit={onSubmit} noValidate className="form panel form-page__form">
          {errors ? <ErrorAlert>{errors.message}</ErrorAlert> : null}
          <fieldset
            className="choice-group"
            aria-describedby={errors?.fields.kind ? 'kind-error' : undefined}
          >
            <legend className="field__label">What are you posting?</legend>
            <div className="choice-group__options">
              {KINDS.map((option) => (
                <label key={option.kind} className="choice">
                  <input
                    type="radio"
                    name="kind"
                    value={option.kind}
                    checked={kind === option.kind}
                    onChange={() => setKind(option.kind)}
                  />
                  <span className="choice__text">
                    <span className="choice__label">{option.label}</span>
                    <span className="choice__hint">{option.hint}</span>
                  </span>
                </label>
              ))}
            </div>
            {errors?.fields.kind ? (
              <p className="field__error" id="kind-error">
                {errors.fields.kind}
              </p>
            ) : null}
          </fieldset>
          <SelectField
            label="Category"
            name="categoryId"
            value={categorySlug}
            onChange={(e) => chooseCategory(e.target.value)}
            error={errors?.fields.categoryId}
            hint={category?.description}
            required
          >
            <option value="" disabled>
              {categories.loading ? 'Loading categories…' : 'Choose a category'}
            </option>
            {list.map((c) => (
              <option key={c.id} value={c.slug}>
                {c.name}
              </option>
            ))}
          </SelectField>
          {idea ? null : <ExpectedWait category={category?.id} />}
          <TextField
            label="Title"
            name="title"
            hint={
              idea
                ? 'Sum up the idea in one sentence, for example: Dark mode for the mobile app.'
                : 'Sum up the question in one sentence, as you would ask a colleague.'
            }
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            error={errors?.fields.title}
            required
          />
          <SimilarQuestions title={title} categoryId={category?.id} />
          <MarkdownEditor
            label="Body"
            name="body"
            hint={
              idea
                ? 'What would you like, and what would it help you do?'
                : 'What happened, what you expected, and what you already tried.'
            }
            value={body}
            onChange={setBody}
            rows={10}
            error={errors?.fields.body}
            required
          />
          <TextField
            label="Tags"
            name="tags"
            hint="Comma-separated, for example: invoices, export"
            value={tags}
            onChange={(e) => setTags(e.target.value)}
            error={errors?.fields.tags}
            autoCapitalize="none"
          />
          <div className="form__actions">
            <Button type="submit" busy={busy}>
              {busy
                ? 'Posting…'
                : `Post your ${kind === 'QUESTION' ? 'question' : kind === 'IDEA' ? 'idea' : 'discussion'}`}
            </Button>
            <Link to={category ? `/c/${category.slug}` : '/'} className="button button--quiet">
              Cancel
            </Link>
          </div>
        </form>
      )}
    </section>
  );
}
