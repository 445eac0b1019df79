// Asking: kind and category, then the thread form (title, Markdown body, tags) shared with editing.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import type { ThreadKind } from '../../gql/graphql';
import { SelectField } from '../../ui/SelectField';
import { Status } from '../../ui/Status';
import { useAuthLinks } from '../accounts/returnTo';
import { useMe } from '../accounts/useMe';
import { ExpectedWait } from '../care/ExpectedWait';
import { SimilarQuestions } from '../search/SimilarQuestions';
import { ThreadForm, type ThreadText } from './ThreadForm';
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

  async function ask(text: ThreadText) {
    const { data } = await createThread({
      variables: { input: { kind, categoryId: category?.id ?? '', ...text } },
    });
    if (data) await navigate(threadPath(data.createThread.id));
  }

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
        <ThreadForm
          // Prefilled from a search that found nothing ("Ask the community" on the search page).
          initial={{ title: params.get('title') ?? '', body: '', tags: [] }}
          onSave={ask}
          leading={(errors) => (
            <>
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
            </>
          )}
          afterTitle={(title) => <SimilarQuestions title={title} categoryId={category?.id} />}
          hints={{
            title: idea
              ? 'Sum up the idea in one sentence, for example: Dark mode for the mobile app.'
              : 'Sum up the question in one sentence, as you would ask a colleague.',
            body: idea
              ? 'What would you like, and what would it help you do?'
              : 'What happened, what you expected, and what you already tried.',
          }}
          submitLabel={`Post your ${kind === 'QUESTION' ? 'question' : idea ? 'idea' : 'discussion'}`}
          busyLabel="Posting…"
          cancelTo={category ? `/c/${category.slug}` : '/'}
        />
      )}
    </section>
  );
}
