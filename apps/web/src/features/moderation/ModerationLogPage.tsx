// The audit log: every moderator action with who, what, target, why and the state before and after; filterable.
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { toFormErrors } from '../../app/errors';
import { PageTitle } from '../../app/PageTitle';
import type { ModerationActionKind } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { Status } from '../../ui/Status';
import { ModerationLogDocument } from './moderation.documents';
import { ModerationNav } from './ModerationNav';
import './moderation.css';

const ACTIONS: ModerationActionKind[] = [
  'HIDE',
  'RESTORE',
  'LOCK',
  'UNLOCK',
  'CLOSE_DUPLICATE',
  'MERGE',
  'MOVE',
  'EDIT_TAGS',
  'PIN',
  'UNPIN',
  'FEATURE',
  'UNFEATURE',
  'SUSPEND',
  'UNSUSPEND',
  'RESOLVE_FLAGS',
  'DISMISS_FLAGS',
];

/** The fields an action changed, as "field: before → after" lines (the full JSON is in the API). */
function changes(before: string | null | undefined, after: string | null | undefined): string[] {
  const b = (before ? JSON.parse(before) : {}) as Record<string, unknown>;
  const a = (after ? JSON.parse(after) : {}) as Record<string, unknown>;
  const show = (v: unknown) =>
    v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v);
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => `${k}: ${show(b[k])} → ${show(a[k])}`);
}

export function ModerationLogPage() {
  const [params, setParams] = useSearchParams();
  const filter = {
    action: (params.get('action') as ModerationActionKind | null) || null,
    actorId: params.get('actor') || null,
    targetId: params.get('target') || null,
  };
  const { data, loading, error } = useQuery(ModerationLogDocument, { variables: { filter } });
  const rows = data?.moderationLog.edges.map((e) => e.node) ?? [];

  function set(name: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  }

  return (
    <>
      <PageTitle>Audit log</PageTitle>
      <header className="page-header">
        <h1>Audit log</h1>
        <p className="page-header__lead">Every moderator action, newest first.</p>
        <ModerationNav />
      </header>
      <form className="mod-filters" onSubmit={(e) => e.preventDefault()} aria-label="Filter the audit log">
        <label>
          Action{' '}
          <select value={filter.action ?? ''} onChange={(e) => set('action', e.target.value)}>
            <option value="">Any</option>
            {ACTIONS.map((a) => (
              <option key={a} value={a}>
                {a.replace('_', ' ').toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <label>
          Moderator id{' '}
          <input defaultValue={filter.actorId ?? ''} onBlur={(e) => set('actor', e.target.value.trim())} />
        </label>
        <label>
          Target id{' '}
          <input defaultValue={filter.targetId ?? ''} onBlur={(e) => set('target', e.target.value.trim())} />
        </label>
      </form>
      {error ? <ErrorAlert>{toFormErrors(error).message}</ErrorAlert> : null}
      {loading && !data ? <Status>Loading the log…</Status> : null}
      {data ? (
        <p className="muted">
          {data.moderationLog.totalCount} {data.moderationLog.totalCount === 1 ? 'action' : 'actions'}
        </p>
      ) : null}
      <table className="mod-table">
        <thead>
          <tr>
            <th>When</th>
            <th>Who</th>
            <th>What</th>
            <th>Target</th>
            <th>Reason</th>
            <th>Changed</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <RelativeTime value={r.createdAt} />
              </td>
              <td>
                <button type="button" className="link-button" onClick={() => set('actor', r.actor.id)}>
                  {r.actor.displayName}
                </button>
              </td>
              <td>{r.action.replace('_', ' ').toLowerCase()}</td>
              <td>
                {r.thread ? <Link to={`/t/${r.thread.id}`}>{r.thread.title}</Link> : null}{' '}
                <button type="button" className="link-button" onClick={() => set('target', r.targetId)}>
                  {r.targetType.toLowerCase()}
                </button>
              </td>
              <td>{r.reason}</td>
              <td>
                {changes(r.before, r.after).map((line) => (
                  <code key={line} className="mod-change">
                    {line}
                  </code>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
