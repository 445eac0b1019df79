// On the ask page: questions like the draft, updated as the title is typed (debounced), so an answered
// question is found before it is asked again. "This answers my question" records a deflection.
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { threadPath } from '../threads/ThreadList';
import { StatusBadge } from '../threads/ThreadBadges';
import { RecordDeflectionDocument, SimilarThreadsDocument } from './search.documents';
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
        Already asked? These look similar
      </h2>
      <ul className="similar-questions__list">
        {threads.map((t) => (
          <li key={t.id} className="similar-question">
            <div className="similar-question__main">
              <Link to={threadPath(t.id)} className="similar-question__link" target="_blank" rel="noopener">
                {t.title}
              </Link>
              <div className="similar-question__meta">
                <StatusBadge kind={t.kind} status={t.status} />
                <span>
                  {t.answerCount} {t.answerCount === 1 ? 'answer' : 'answers'}
                </span>
              </div>
            </div>
            {answered === t.id ? (
              <span className="similar-question__thanks" role="status">
                Glad it helped — <Link to={threadPath(t.id)}>open the answer</Link>
              </span>
            ) : (
              <button
                type="button"
                className="button button--quiet similar-question__deflect"
                onClick={() => {
                  setAnswered(t.id);
                  void recordDeflection({
                    variables: {
                      input: { threadId: t.id, draftTitle: draft, categoryId: categoryId || null },
                    },
                  }).catch(() => undefined);
                }}
              >
                This answers my question
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
