// /admin/search: synonyms, indexing work that failed (with retry), and a reindex that shows its progress.
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { toFormErrors } from '../../app/errors';
import { PageTitle } from '../../app/PageTitle';
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

export function SearchAdminPage() {
  const { data, loading, error, refetch } = useQuery(SearchAdminDocument);
  if (loading) return <Status>Loading…</Status>;
  if (error || !data)
    return <ErrorAlert>{error?.message ?? 'Search settings could not be loaded.'}</ErrorAlert>;
  return (
    <>
      <PageTitle>Search</PageTitle>
      <h1>Search</h1>
      <div className="settings">
        <SynonymsSection
          initial={data.searchSynonyms.map((g) => `${g.word} = ${g.synonyms.join(', ')}`).join('\n')}
        />
        <ReindexSection />
        <section className="panel" aria-labelledby="dead-title">
          <h2 id="dead-title" className="panel__title">
            Failed indexing ({data.searchDeadLetters.length})
          </h2>
          <DeadLetters letters={data.searchDeadLetters} onChange={() => void refetch()} />
        </section>
      </div>
    </>
  );
}

function SynonymsSection({ initial }: { initial: string }) {
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
      setMessage(`Saved ${data?.setSearchSynonyms ?? 0} synonym groups; searches use them now.`);
    } catch (err) {
      setProblem(toFormErrors(err).message);
    }
  };
  return (
    <section className="panel" aria-labelledby="synonyms-title">
      <h2 id="synonyms-title" className="panel__title">
        Synonyms
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
            One group per line
          </label>
          <p className="field__hint" id="synonyms-hint">
            A word, “=”, then the words that mean the same, separated by commas:{' '}
            <code>wifi = wi-fi, wlan</code>. Searching for any of them finds the others.
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
          <Button type="submit">Save synonyms</Button>
        </div>
      </form>
    </section>
  );
}

function ReindexSection() {
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
  const percent = progress && progress.total ? Math.round((100 * progress.done) / progress.total) : 0;
  return (
    <section className="panel" aria-labelledby="reindex-title">
      <h2 id="reindex-title" className="panel__title">
        Reindex
      </h2>
      <p className="muted">
        Rebuilds the search index from the database (after changing synonyms, or if results look stale).
        Search keeps answering meanwhile.
      </p>
      {problem ? <ErrorAlert>{problem}</ErrorAlert> : null}
      {progress && progress.state !== 'IDLE' ? (
        <div role="status" aria-live="polite">
          <progress max={progress.total || 1} value={progress.done} aria-label="Reindex progress" />{' '}
          {progress.state === 'RUNNING'
            ? `Indexing: ${progress.done} of ${progress.total} threads (${percent}%)`
            : progress.state === 'DONE'
              ? `Done: ${progress.done} threads indexed`
              : `Failed after ${progress.done} of ${progress.total} threads: ${progress.error ?? 'unknown error'}`}
          {progress.finishedAt ? (
            <>
              {' '}
              (<RelativeTime value={progress.finishedAt} />)
            </>
          ) : null}
        </div>
      ) : null}
      <div>
        <Button
          busy={running}
          onClick={() => void start().catch((err: unknown) => setProblem(toFormErrors(err).message))}
        >
          {running ? 'Reindexing…' : 'Reindex now'}
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
  const [retry] = useMutation(RetrySearchDeadLettersDocument);
  const [message, setMessage] = useState<string | null>(null);
  const run = async (ids: string[] | null) => {
    const { data } = await retry({ variables: { input: ids ? { ids } : {} } });
    setMessage(`${data?.retrySearchDeadLetters ?? 0} queued again.`);
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
        <p>Nothing failed: every change reached the index.</p>
      ) : (
        <>
          <div className="admin-table-wrap">
            <table className="admin-table">
              <thead>
                <tr>
                  <th scope="col">Thread</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Last error</th>
                  <th scope="col">
                    <span className="visually-hidden">Retry</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {letters.map((l) => (
                  <tr key={l.id}>
                    <td>
                      <Link to={`/t/${l.threadId}`}>{l.threadId.slice(0, 8)}</Link>,{' '}
                      <RelativeTime value={l.createdAt} />
                    </td>
                    <td>{l.attempts}</td>
                    <td className="muted">{l.lastError ?? '—'}</td>
                    <td>
                      <Button variant="quiet" onClick={() => void run([l.id])}>
                        Retry
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Button variant="secondary" onClick={() => void run(null)}>
            Retry all
          </Button>
        </>
      )}
    </>
  );
}
