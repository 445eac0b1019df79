// On the ask page: questions like the draft, updated as the title is typed (debounced), so an answered
// question is found before it is asked again. "This answers my question" records a deflection.
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { threadPath } from '../threads/ThreadList';
import { StatusBadge } from '../threads/ThreadBadges';
import { RecordDeflectionDocument, SimilarThreadsDocument } from './search.documents';
import { Message, useT } from '../../i18n/I18n';
import './search.css';

const DEBOUNCE_MS = 300;
// Chinese, Japanese and Korean say in 3 characters what takes 5 letters elsewhere.
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const longEnough = (draft: string) => draft.length >= (CJK.test(draft) ? 3 : 5);

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export function SimilarQuestions({ title, categoryId }: { title: string; categoryId?: string | null }) {
  const t = useT();
  const draft = useDebounced(title.trim(), DEBOUNCE_MS);
  const { data, previousData } = useQuery(SimilarThreadsDocument, {
    variables: { input: { title: draft, first: 5 } },
    skip: !longEnough(draft),
  });
  const [recordDeflection] = useMutation(RecordDeflectionDocument);
  const [answered, setAnswered] = useState<string | null>(null);
  const threads = !longEnough(draft) ? [] : ((data ?? previousData)?.similarThreads ?? []);
  if (!threads.length) return null;

  return (
    <section className="similar-questions" aria-labelledby="similar-title" aria-live="polite">
      <h2 id="similar-title" className="similar-questions__title">
        {t('search.similar.title')}
      </h2>
      <ul className="similar-questions__list">
        {threads.map((thread) => (
          <li key={thread.id} className="similar-question">
            <div className="similar-question__main">
              <Link
                to={threadPath(thread.id)}
                className="similar-question__link"
                target="_blank"
                rel="noopener"
              >
                {thread.title}
              </Link>
              <div className="similar-question__meta">
                <StatusBadge kind={thread.kind} status={thread.status} />
                <span>{t('search.answers', { count: thread.answerCount })}</span>
              </div>
            </div>
            {answered === thread.id ? (
              <span className="similar-question__thanks" role="status">
                <Message
                  id="search.similar.thanks"
                  values={{ open: (chunks) => <Link to={threadPath(thread.id)}>{chunks}</Link> }}
                />
              </span>
            ) : (
              <button
                type="button"
                className="button button--quiet similar-question__deflect"
                onClick={() => {
                  setAnswered(thread.id);
                  void recordDeflection({
                    variables: {
                      input: { threadId: thread.id, draftTitle: draft, categoryId: categoryId || null },
                    },
                  }).catch(() => undefined);
                }}
              >
                {t('search.similar.deflect')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
