// /admin/search: synonyms, indexing work that failed (with retry), and a reindex that shows its progress.
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { toFormErrors } from '../../app/errors';
import { PageTitle } from '../../app/PageTitle';
import { Message, useT } from '../../i18n/I18n';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { Status } from '../../ui/Status';
import {
  RetrySearchDeadLettersDocument,
  SearchAdminDocument,
  SearchReindexDocument,
  SetSearchSynonymsDocument,
  StartSearchReindexDocument,
} from './admin.documents';

/** One group per line: `wifi = wi-fi, wlan`. */
export function parseSynonyms(text: string): { word: string; synonyms: string[] }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [word, rest = ''] = line.split('=');
      return {
        word: word.trim(),
        synonyms: rest
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      };
    });
}

/** The syntax, shown as typed. */
const SYNONYMS_EXAMPLE = 'wifi = wi-fi, wlan';
/** Where a cell has nothing to show; the same in every language. */
const NONE = '—';

export function SearchAdminPage() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(SearchAdminDocument);
  if (loading) return <Status>{t('admin.loading')}</Status>;
  if (error || !data) return <ErrorAlert>{error?.message ?? t('admin.search.loadFailed')}</ErrorAlert>;
  return (
    <>
      <PageTitle>{t('admin.section.search')}</PageTitle>
      <h1>{t('admin.section.search')}</h1>
      <div className="settings">
        <SynonymsSection
          initial={data.searchSynonyms.map((g) => `${g.word} = ${g.synonyms.join(', ')}`).join('\n')}
        />
        <ReindexSection />
        <section className="panel" aria-labelledby="dead-title">
          <h2 id="dead-title" className="panel__title">
            {t('admin.search.failed', { count: data.searchDeadLetters.length })}
          </h2>
          <DeadLetters letters={data.searchDeadLetters} onChange={() => void refetch()} />
        </section>
      </div>
    </>
  );
}

function SynonymsSection({ initial }: { initial: string }) {
  const t = useT();
  const [text, setText] = useState(initial);
  const [save] = useMutation(SetSearchSynonymsDocument, {
    refetchQueries: [{ query: SearchAdminDocument }],
  });
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    setMessage(null);
    try {
      const groups = parseSynonyms(text);
      const { data } = await save({ variables: { input: { groups } } });
      setMessage(t('admin.search.synonymsSaved', { count: data?.setSearchSynonyms ?? 0 }));
    } catch (err) {
      setProblem(toFormErrors(err).message);
    }
  };
  return (
    <section className="panel" aria-labelledby="synonyms-title">
      <h2 id="synonyms-title" className="panel__title">
        {t('admin.search.synonyms')}
      </h2>
      <form onSubmit={(e) => void onSubmit(e)} className="form" noValidate>
        {problem ? <ErrorAlert>{problem}</ErrorAlert> : null}
        {message ? (
          <p role="status" className="alert alert--success">
            {message}
          </p>
        ) : null}
        <div className="field">
          <label className="field__label" htmlFor="synonyms">
            {t('admin.search.synonymsLabel')}
          </label>
          <p className="field__hint" id="synonyms-hint">
            <Message id="admin.search.synonymsHint" values={{ example: <code>{SYNONYMS_EXAMPLE}</code> }} />
          </p>
          <textarea
            id="synonyms"
            name="synonyms"
            className="field__input"
            rows={8}
            aria-describedby="synonyms-hint"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <div>
          <Button type="submit">{t('admin.search.saveSynonyms')}</Button>
        </div>
      </form>
    </section>
  );
}

function ReindexSection() {
  const t = useT();
  const { data, startPolling, stopPolling } = useQuery(SearchReindexDocument, {
    fetchPolicy: 'network-only',
  });
  const [start] = useMutation(StartSearchReindexDocument, {
    refetchQueries: [{ query: SearchReindexDocument }],
  });
  const [problem, setProblem] = useState<string | null>(null);
  const progress = data?.searchReindex;
  const running = progress?.state === 'RUNNING';
  useEffect(() => {
    if (running) startPolling(1000);
    else stopPolling();
    return () => stopPolling();
  }, [running, startPolling, stopPolling]);
  const share = progress && progress.total ? Math.floor((100 * progress.done) / progress.total) / 100 : 0;
  return (
    <section className="panel" aria-labelledby="reindex-title">
      <h2 id="reindex-title" className="panel__title">
        {t('admin.search.reindex')}
      </h2>
      <p className="muted">{t('admin.search.reindexLead')}</p>
      {problem ? <ErrorAlert>{problem}</ErrorAlert> : null}
      {progress && progress.state !== 'IDLE' ? (
        <div role="status" aria-live="polite" className="reindex-progress">
          <progress
            max={progress.total || 1}
            value={progress.done}
            aria-label={t('admin.search.reindexProgress')}
          />
          <span>
            {progress.state === 'RUNNING'
              ? t('admin.search.indexing', { done: progress.done, total: progress.total, share })
              : progress.state === 'DONE'
                ? t('admin.search.indexed', { count: progress.done })
                : t('admin.search.reindexFailed', {
                    done: progress.done,
                    total: progress.total,
                    error: progress.error ?? t('admin.search.unknownError'),
                  })}
          </span>
          {progress.finishedAt ? (
            <span>
              <Message
                id="admin.search.finishedAt"
                values={{ time: <RelativeTime value={progress.finishedAt} /> }}
              />
            </span>
          ) : null}
        </div>
      ) : null}
      <div>
        <Button
          busy={running}
          onClick={() => void start().catch((err: unknown) => setProblem(toFormErrors(err).message))}
        >
          {t(running ? 'admin.search.reindexing' : 'admin.search.reindexNow')}
        </Button>
      </div>
    </section>
  );
}

function DeadLetters({
  letters,
  onChange,
}: {
  letters: { id: string; threadId: string; attempts: number; lastError?: string | null; createdAt: string }[];
  onChange: () => void;
}) {
  const t = useT();
  const [retry] = useMutation(RetrySearchDeadLettersDocument);
  const [message, setMessage] = useState<string | null>(null);
  const run = async (ids: string[] | null) => {
    const { data } = await retry({ variables: { input: ids ? { ids } : {} } });
    setMessage(t('admin.search.requeued', { count: data?.retrySearchDeadLetters ?? 0 }));
    onChange();
  };
  return (
    <>
      {message ? (
        <p role="status" className="alert alert--success">
          {message}
        </p>
      ) : null}
      {letters.length === 0 ? (
        <p>{t('admin.search.nothingFailed')}</p>
      ) : (
        <>
          <div className="admin-table-wrap">
            <table className="admin-table">
              <thead>
                <tr>
                  <th scope="col">{t('admin.search.thread')}</th>
                  <th scope="col">{t('admin.search.attempts')}</th>
                  <th scope="col">{t('admin.search.lastError')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('admin.search.retry')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {letters.map((l) => (
                  <tr key={l.id}>
                    <td>
                      <Message
                        id="admin.search.deadLetter"
                        values={{
                          thread: <Link to={`/t/${l.threadId}`}>{l.threadId.slice(0, 8)}</Link>,
                          time: <RelativeTime value={l.createdAt} />,
                        }}
                      />
                    </td>
                    <td>{l.attempts}</td>
                    <td className="muted">{l.lastError ?? NONE}</td>
                    <td>
                      <Button variant="quiet" onClick={() => void run([l.id])}>
                        {t('admin.search.retry')}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Button variant="secondary" onClick={() => void run(null)}>
            {t('admin.search.retryAll')}
          </Button>
        </>
      )}
    </>
  );
}
