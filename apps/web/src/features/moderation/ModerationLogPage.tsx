// The audit log: every moderator action with who, what, target, why and the state before and after; filterable.
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { toFormErrors } from '../../app/errors';
import { PageTitle } from '../../app/PageTitle';
import type { ModerationActionKind, Role } from '../../gql/graphql';
import { Message, useT, type MessageId } from '../../i18n/I18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SelectField } from '../../ui/SelectField';
import { RelativeTime } from '../../ui/RelativeTime';
import { Status } from '../../ui/Status';
import { CategoriesDocument } from '../categories/categories.documents';
import { ModerationLogDocument } from './moderation.documents';
import { ModerationNav } from './ModerationNav';
import { useFormatDate } from './useFormatDate';
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
const FIELD_NAMES: Record<string, MessageId> = {
  categoryId: 'moderation.log.field.category',
  duplicateOfId: 'moderation.log.field.duplicateOf',
  suspendedUntil: 'moderation.log.field.suspendedUntil',
  suspensionReason: 'moderation.log.field.reason',
  pinnedUntil: 'moderation.log.field.pinnedUntil',
  hiddenAt: 'moderation.log.field.hidden',
  lockedAt: 'moderation.log.field.locked',
  featuredAt: 'moderation.log.field.featured',
  closedAt: 'moderation.log.field.closed',
  tags: 'moderation.log.field.tags',
  openFlags: 'moderation.log.field.openFlags',
  role: 'moderation.log.field.role',
  jobTitle: 'moderation.log.field.jobTitle',
};

/** Roles as the admin pages name them. */
const ROLE_NAMES: Record<Role, MessageId> = {
  ADMIN: 'admin.role.admin',
  EMPLOYEE: 'admin.role.employee',
  MEMBER: 'admin.role.member',
  MODERATOR: 'admin.role.moderator',
};

interface Wording {
  t: ReturnType<typeof useT>;
  formatDate: ReturnType<typeof useFormatDate>;
}

/**
 * The fields an action changed, as "field: before → after" lines for people: category names instead of ids,
 * dates as dates; an id we cannot name is left out rather than shown raw (the JSON is in the API).
 */
function changes(
  before: string | null | undefined,
  after: string | null | undefined,
  categoryName: (id: string) => string | undefined,
  { t, formatDate }: Wording,
): string[] {
  const b = (before ? JSON.parse(before) : {}) as Record<string, unknown>;
  const a = (after ? JSON.parse(after) : {}) as Record<string, unknown>;
  const show = (key: string, v: unknown): string => {
    if (v === null || v === undefined || v === false) return '—';
    if (v === true) return t('moderation.log.yes');
    if (typeof v === 'string' && UUID.test(v))
      return (key === 'categoryId' && categoryName(v)) || t('moderation.log.another');
    if (typeof v === 'string' && ISO_DATE.test(v)) return formatDate(v);
    if (key === 'role' && typeof v === 'string' && v in ROLE_NAMES) return t(ROLE_NAMES[v as Role]);
    if (Array.isArray(v)) return v.length ? v.map(String).join(', ') : '—';
    return typeof v === 'string' ? v : JSON.stringify(v);
  };
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((k) => k !== 'threadId' && JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) =>
      t('moderation.log.change', {
        field: FIELD_NAMES[k] ? t(FIELD_NAMES[k]) : k,
        before: show(k, b[k]),
        after: show(k, a[k]),
      }),
    );
}

export function ModerationLogPage() {
  const t = useT();
  const formatDate = useFormatDate();
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
    ? (targetRow.account?.displayName ??
      targetRow.thread?.title ??
      t('moderation.log.aTarget', { type: targetRow.targetType }))
    : t('moderation.log.chosenTarget');

  function set(name: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  }

  return (
    <>
      <PageTitle>{t('moderation.log.title')}</PageTitle>
      <header className="page-header">
        <h1>{t('moderation.log.title')}</h1>
        <p className="page-header__lead">{t('moderation.log.lead')}</p>
        <ModerationNav />
      </header>
      <form
        className="filters filters--two"
        onSubmit={(e) => e.preventDefault()}
        aria-label={t('moderation.log.filters')}
      >
        <SelectField
          label={t('moderation.log.action')}
          name="action"
          value={filter.action ?? ''}
          onChange={(e) => set('action', e.target.value)}
        >
          <option value="">{t('moderation.log.anyAction')}</option>
          {ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t('moderation.log.actionName', { action: a })}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('moderation.log.moderator')}
          name="actor"
          value={filter.actorId ?? ''}
          onChange={(e) => set('actor', e.target.value)}
        >
          <option value="">{t('moderation.log.anyone')}</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.displayName}
            </option>
          ))}
        </SelectField>
      </form>
      {filter.targetId ? (
        <p className="mod-filter-chip">
          <span>
            <Message
              id="moderation.log.onlyTarget"
              values={{ target: targetName, strong: (chunks) => <strong>{chunks}</strong> }}
            />
          </span>
          <button type="button" className="link-button" onClick={() => set('target', '')}>
            {t('moderation.log.showAll')}
          </button>
        </p>
      ) : null}
      {error ? <ErrorAlert>{toFormErrors(error).message}</ErrorAlert> : null}
      {loading && !data ? <Status>{t('moderation.log.loading')}</Status> : null}
      {data ? (
        <p className="muted">{t('moderation.log.count', { count: data.moderationLog.totalCount })}</p>
      ) : null}
      <div className="mod-table__scroll">
        <table className="mod-table">
          <thead>
            <tr>
              <th>{t('moderation.log.when')}</th>
              <th>{t('moderation.log.who')}</th>
              <th>{t('moderation.log.what')}</th>
              <th>{t('moderation.log.target')}</th>
              <th>{t('moderation.log.reason')}</th>
              <th>{t('moderation.log.changed')}</th>
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
                <td>{t('moderation.log.actionName', { action: r.action })}</td>
                <td>
                  {r.account ? (
                    <Link to={`/u/${r.account.handle}`}>{r.account.displayName}</Link>
                  ) : r.thread ? (
                    <Message
                      id="moderation.log.postInThread"
                      values={{
                        type: r.targetType,
                        title: r.thread.title,
                        link: (chunks) => <Link to={`/t/${r.thread?.id}`}>{chunks}</Link>,
                      }}
                    />
                  ) : (
                    <span className="muted">{t('moderation.log.gone', { type: r.targetType })}</span>
                  )}
                  {filter.targetId === r.targetId ? null : (
                    <button
                      type="button"
                      className="link-button mod-table__filter"
                      onClick={() => set('target', r.targetId)}
                    >
                      {t('moderation.log.onlyThis')}
                    </button>
                  )}
                </td>
                <td>{r.reason}</td>
                <td>
                  {changes(r.before, r.after, categoryName, { t, formatDate }).map((line) => (
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
