// The audit log: every moderator action with who, what, target, why and the state before and after; filterable.
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { toFormErrors } from '../../app/errors';
import { PageTitle } from '../../app/PageTitle';
import type { ModerationActionKind } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SelectField } from '../../ui/SelectField';
import { RelativeTime } from '../../ui/RelativeTime';
import { Status } from '../../ui/Status';
import { CategoriesDocument } from '../categories/categories.documents';
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const FIELD_NAMES: Record<string, string> = {
  categoryId: 'category',
  duplicateOfId: 'duplicate of',
  suspendedUntil: 'suspended until',
  suspensionReason: 'reason',
  pinnedUntil: 'pinned until',
  hiddenAt: 'hidden',
  lockedAt: 'locked',
  featuredAt: 'featured',
  closedAt: 'closed',
};

/**
 * The fields an action changed, as "field: before → after" lines for people: category names instead of ids,
 * dates as dates; an id we cannot name is left out rather than shown raw (the JSON is in the API).
 */
function changes(
  before: string | null | undefined,
  after: string | null | undefined,
  categoryName: (id: string) => string | undefined,
): string[] {
  const b = (before ? JSON.parse(before) : {}) as Record<string, unknown>;
  const a = (after ? JSON.parse(after) : {}) as Record<string, unknown>;
  const show = (key: string, v: unknown): string => {
    if (v === null || v === undefined || v === false) return '—';
    if (v === true) return 'yes';
    if (typeof v === 'string' && UUID.test(v)) return (key === 'categoryId' && categoryName(v)) || 'another';
    if (typeof v === 'string' && ISO_DATE.test(v))
      return new Date(v).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    return typeof v === 'string' ? v : JSON.stringify(v);
  };
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((k) => k !== 'threadId' && JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => `${FIELD_NAMES[k] ?? k}: ${show(k, b[k])} → ${show(k, a[k])}`);
}

export function ModerationLogPage() {
  const [params, setParams] = useSearchParams();
  const filter = {
    action: (params.get('action') as ModerationActionKind | null) || null,
    actorId: params.get('actor') || null,
    targetId: params.get('target') || null,
  };
  const { data, loading, error } = useQuery(ModerationLogDocument, { variables: { filter } });
  // The people and targets to pick from come from the recent log itself (one more cached query).
  const { data: recent } = useQuery(ModerationLogDocument, { variables: { filter: {} } });
  const { data: categories } = useQuery(CategoriesDocument);
  const categoryName = (id: string) => categories?.categories.find((c) => c.id === id)?.name;
  const rows = data?.moderationLog.edges.map((e) => e.node) ?? [];
  const seen = [...rows, ...(recent?.moderationLog.edges.map((e) => e.node) ?? [])];
  const actors = [...new Map(seen.map((r) => [r.actor.id, r.actor])).values()].sort((x, y) =>
    x.displayName.localeCompare(y.displayName),
  );
  const targetRow = filter.targetId ? seen.find((r) => r.targetId === filter.targetId) : undefined;
  const targetName = targetRow
    ? (targetRow.account?.displayName ?? targetRow.thread?.title ?? `a ${targetRow.targetType.toLowerCase()}`)
    : 'the chosen post';

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
      <form
        className="filters filters--two"
        onSubmit={(e) => e.preventDefault()}
        aria-label="Filter the audit log"
      >
        <SelectField
          label="Action"
          name="action"
          value={filter.action ?? ''}
          onChange={(e) => set('action', e.target.value)}
        >
          <option value="">Any action</option>
          {ACTIONS.map((a) => (
            <option key={a} value={a}>
              {a.replace('_', ' ').toLowerCase()}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Moderator"
          name="actor"
          value={filter.actorId ?? ''}
          onChange={(e) => set('actor', e.target.value)}
        >
          <option value="">Anyone</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.displayName}
            </option>
          ))}
        </SelectField>
      </form>
      {filter.targetId ? (
        <p className="mod-filter-chip">
          Only actions on <strong>{targetName}</strong>{' '}
          <button type="button" className="link-button" onClick={() => set('target', '')}>
            Show all
          </button>
        </p>
      ) : null}
      {error ? <ErrorAlert>{toFormErrors(error).message}</ErrorAlert> : null}
      {loading && !data ? <Status>Loading the log…</Status> : null}
      {data ? (
        <p className="muted">
          {data.moderationLog.totalCount} {data.moderationLog.totalCount === 1 ? 'action' : 'actions'}
        </p>
      ) : null}
      <div className="mod-table__scroll">
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
                  <Link to={`/u/${r.actor.handle}`}>{r.actor.displayName}</Link>
                </td>
                <td>{r.action.replace('_', ' ').toLowerCase()}</td>
                <td>
                  {r.account ? (
                    <Link to={`/u/${r.account.handle}`}>{r.account.displayName}</Link>
                  ) : r.thread ? (
                    <>
                      {r.targetType === 'THREAD' ? '' : `${r.targetType.toLowerCase()} in `}
                      <Link to={`/t/${r.thread.id}`}>{r.thread.title}</Link>
                    </>
                  ) : (
                    <span className="muted">a {r.targetType.toLowerCase()} no longer shown</span>
                  )}{' '}
                  {filter.targetId === r.targetId ? null : (
                    <button
                      type="button"
                      className="link-button mod-table__filter"
                      onClick={() => set('target', r.targetId)}
                    >
                      only this
                    </button>
                  )}
                </td>
                <td>{r.reason}</td>
                <td>
                  {changes(r.before, r.after, categoryName).map((line) => (
                    <code key={line} className="mod-change">
                      {line}
                    </code>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
