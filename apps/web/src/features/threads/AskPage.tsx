// Asking: kind and category, then the thread form (title, Markdown body, tags) shared with editing.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import type { ThreadKind } from '../../gql/graphql';
import { Message, useT, type MessageId } from '../../i18n/I18n';
import { SelectField } from '../../ui/SelectField';
import { Status } from '../../ui/Status';
import { useAuthLinks } from '../accounts/returnTo';
import { useMe } from '../accounts/useMe';
import { ExpectedWait } from '../care/ExpectedWait';
import { SimilarQuestions } from '../search/SimilarQuestions';
import { ThreadForm, type ThreadText } from './ThreadForm';
import { threadPath } from './ThreadList';
import { AskCategoriesDocument, CreateThreadDocument } from './threads.documents';

const KINDS: { kind: ThreadKind; labelId: MessageId; hintId: MessageId; submitId: MessageId }[] = [
  {
    kind: 'QUESTION',
    labelId: 'kind.question',
    hintId: 'ask.kind.questionHint',
    submitId: 'ask.postQuestion',
  },
  {
    kind: 'DISCUSSION',
    labelId: 'kind.discussion',
    hintId: 'ask.kind.discussionHint',
    submitId: 'ask.postDiscussion',
  },
  { kind: 'IDEA', labelId: 'kind.idea', hintId: 'ask.kind.ideaHint', submitId: 'ask.postIdea' },
];

export function AskPage() {
  const navigate = useNavigate();
  const t = useT();
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

  if (meLoading) return <Status>{t('ask.loading')}</Status>;

  return (
    <section className="form-page" aria-labelledby="ask-title">
      <PageTitle>{t(idea ? 'ideas.share' : 'ask.documentTitle')}</PageTitle>
      <h1 id="ask-title">{t(idea ? 'ideas.share' : 'ask.title')}</h1>
      <p className="form-page__lead">{t(idea ? 'ask.ideaLead' : 'ask.lead')}</p>
      {!me ? (
        <div className="panel">
          <p className="panel__empty">
            <Message
              id={idea ? 'ask.signInToShare' : 'ask.signInToAsk'}
              values={{
                signIn: (chunks) => <Link to={links.signIn}>{chunks}</Link>,
                signUp: (chunks) => <Link to={links.signUp}>{chunks}</Link>,
              }}
            />
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
                <legend className="field__label">{t('ask.kind.legend')}</legend>
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
                        <span className="choice__label">{t(option.labelId)}</span>
                        <span className="choice__hint">{t(option.hintId)}</span>
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
                label={t('ask.category')}
                name="categoryId"
                value={categorySlug}
                onChange={(e) => chooseCategory(e.target.value)}
                error={errors?.fields.categoryId}
                hint={category?.description}
                required
              >
                <option value="" disabled>
                  {t(categories.loading ? 'ask.loadingCategories' : 'ask.chooseCategory')}
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
            title: t(idea ? 'ask.ideaTitleHint' : 'ask.titleHint'),
            body: t(idea ? 'ask.ideaBodyHint' : 'ask.bodyHint'),
          }}
          submitLabel={t(KINDS.find((k) => k.kind === kind)?.submitId ?? 'ask.postQuestion')}
          busyLabel={t('ask.posting')}
          cancelTo={category ? `/c/${category.slug}` : '/'}
        />
      )}
    </section>
  );
}
