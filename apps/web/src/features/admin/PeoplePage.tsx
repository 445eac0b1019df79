// /admin/people: find an account by handle, name or email; /admin/people/:id: its posts, flags, suspensions
// (with suspend and lift), role changes and sign-ins. Every change here is written to the audit log.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { toFormErrors, type FormErrors } from '../../app/errors';
import { PageTitle } from '../../app/PageTitle';
import type { FlagReason, FlagStatus, ModerationActionKind, Role } from '../../gql/graphql';
import { Message, useIntl, useT, type MessageId } from '../../i18n/I18n';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { SelectField } from '../../ui/SelectField';
import { Status } from '../../ui/Status';
import { TextField } from '../../ui/TextField';
import { DOT } from '../../ui/typography';
import { ModerationLogDocument } from '../moderation/moderation.documents';
import { SuspendAccountTools } from '../moderation/SuspendAccountTools';
import { PeopleDocument, PersonDocument, SetRoleDocument } from './admin.documents';

/** In an empty table cell; the same in every language. */
const NONE = '—';

/** A role's name where it is shown, and in the role picker (where Employee says what it changes). */
const ROLES: { role: Role; name: MessageId; choice: MessageId }[] = [
  { role: 'MEMBER', name: 'admin.role.member', choice: 'admin.role.member' },
  { role: 'MODERATOR', name: 'admin.role.moderator', choice: 'admin.role.moderator' },
  { role: 'EMPLOYEE', name: 'admin.role.employee', choice: 'admin.role.employeeChoice' },
  { role: 'ADMIN', name: 'admin.role.admin', choice: 'admin.role.admin' },
];

const FLAG_REASONS: Record<FlagReason, MessageId> = {
  ABUSE: 'admin.people.flagReason.abuse',
  DUPLICATE: 'admin.people.flagReason.duplicate',
  OFF_TOPIC: 'admin.people.flagReason.offTopic',
  OTHER: 'admin.people.flagReason.other',
  SPAM: 'admin.people.flagReason.spam',
};

const FLAG_STATUSES: Record<FlagStatus, MessageId> = {
  DISMISSED: 'admin.people.flagStatus.dismissed',
  OPEN: 'admin.people.flagStatus.open',
  RESOLVED: 'admin.people.flagStatus.resolved',
};

/** What the audit log records about an account (the other kinds concern posts, categories and the site). */
const ACCOUNT_ACTIONS: Partial<Record<ModerationActionKind, MessageId>> = {
  SET_ROLE: 'admin.people.action.setRole',
  SUSPEND: 'admin.people.action.suspend',
  UNSUSPEND: 'admin.people.action.unsuspend',
};

function actionName(t: (id: MessageId) => string, kind: ModerationActionKind): string {
  const id = ACCOUNT_ACTIONS[kind];
  return id ? t(id) : kind;
}

/** A post that is not visible says why: hidden by a moderator, or deleted. */
const POST_STATES: Record<string, MessageId> = {
  HIDDEN: 'admin.people.postState.hidden',
  DELETED: 'admin.people.postState.deleted',
};

function useRoleName(): (role: Role) => string {
  const t = useT();
  return (role) => {
    const known = ROLES.find((r) => r.role === role);
    return known ? t(known.name) : role;
  };
}

export function PeoplePage() {
  const t = useT();
  const roleName = useRoleName();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const [text, setText] = useState(query);
  const { data, error, loading } = useQuery(PeopleDocument, {
    variables: { query },
    skip: query.trim().length < 2,
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setParams(text.trim() ? { q: text.trim() } : {});
  };
  return (
    <>
      <PageTitle>{t('admin.section.people')}</PageTitle>
      <h1>{t('admin.section.people')}</h1>
      <form onSubmit={onSubmit} className="form" role="search" aria-label={t('admin.people.find')}>
        <TextField
          label={t('admin.people.query')}
          name="q"
          value={text}
          onChange={(e) => setText(e.target.value)}
          hint={t('admin.people.queryHint', { count: 2 })}
        />
        <div>
          <Button type="submit">{t('admin.people.findButton')}</Button>
        </div>
      </form>
      {error ? <ErrorAlert>{error.message}</ErrorAlert> : null}
      {loading ? <Status>{t('admin.people.searching')}</Status> : null}
      {data ? (
        data.people.length ? (
          <div className="admin-table-wrap">
            <table className="admin-table">
              <caption className="visually-hidden">{t('admin.people.matching', { query })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.people.person')}</th>
                  <th scope="col">{t('admin.people.email')}</th>
                  <th scope="col">{t('admin.people.role')}</th>
                  <th scope="col">{t('admin.people.joinedColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {data.people.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <Link to={`/admin/people/${p.id}`}>{p.displayName}</Link>
                      <div className="muted">
                        {t('admin.people.handleAndReputation', {
                          handle: p.handle,
                          reputation: p.reputation,
                        })}
                        {p.suspendedUntil && new Date(p.suspendedUntil) > new Date() ? (
                          <>
                            {DOT}
                            {t('admin.people.suspended')}
                          </>
                        ) : null}
                      </div>
                    </td>
                    <td>{p.email}</td>
                    <td>{roleName(p.role)}</td>
                    <td>
                      <RelativeTime value={p.createdAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t('admin.people.nobody', { query })}</p>
        )
      ) : null}
    </>
  );
}

export function PersonPage() {
  const t = useT();
  const intl = useIntl();
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(PersonDocument, { variables: { accountId: id } });
  const log = useQuery(ModerationLogDocument, { variables: { filter: { targetId: id } } });
  if (loading) return <Status>{t('admin.loading')}</Status>;
  if (error || !data) return <ErrorAlert>{error?.message ?? t('admin.people.loadFailed')}</ErrorAlert>;
  const { account, ...record } = data.person;
  const suspended = account.suspendedUntil && new Date(account.suspendedUntil) > new Date();
  const handle = `@${account.handle}`;
  return (
    <>
      <PageTitle>{account.displayName}</PageTitle>
      <p>
        <Link to="/admin/people">{t('admin.people.back')}</Link>
      </p>
      <h1>{account.displayName}</h1>
      <p className="muted">
        <Link to={`/u/${account.handle}`}>{handle}</Link>
        {account.email ? (
          <>
            {DOT}
            {account.email}
          </>
        ) : null}
        {DOT}
        {t('admin.people.reputation', { reputation: account.reputation })}
        {DOT}
        <RelativeTime value={account.createdAt} labelId="admin.people.joined" />
        {suspended ? (
          <>
            {DOT}
            <Message
              id="admin.people.suspendedUntil"
              values={{
                strong: (chunks) => <strong>{chunks}</strong>,
                until: intl.formatDate(account.suspendedUntil!, { dateStyle: 'medium', timeStyle: 'short' }),
                reason: account.suspensionReason ?? '',
              }}
            />
          </>
        ) : null}
      </p>
      <div className="settings">
        <RoleSection account={account} />
        <section className="panel" aria-labelledby="suspension-title">
          <h2 id="suspension-title" className="panel__title">
            {t('admin.people.suspension')}
          </h2>
          <SuspendAccountTools handle={account.handle} />
        </section>
        <section className="panel" aria-labelledby="posts-title">
          <h2 id="posts-title" className="panel__title">
            {t('admin.people.posts', { threads: record.threadCount, answers: record.answerCount })}
          </h2>
          <PostList
            posts={record.threads}
            empty={t('admin.people.noThreads')}
            label={t('admin.people.threads')}
          />
          <PostList
            posts={record.answers}
            empty={t('admin.people.noAnswers')}
            label={t('admin.people.answers')}
          />
        </section>
        <section className="panel" aria-labelledby="flags-title">
          <h2 id="flags-title" className="panel__title">
            {t('admin.people.flags')}
          </h2>
          <p className="muted">{t('admin.people.flagsRaised', { count: record.flagsRaised })}</p>
          <HistoryList
            items={record.flagsReceived}
            empty={t('admin.people.noFlags')}
            render={(f) => (
              <>
                <Message
                  id="admin.people.flag"
                  values={{
                    reason: t(FLAG_REASONS[f.reason]),
                    target: f.targetType,
                    by: f.flaggedBy,
                    status: t(FLAG_STATUSES[f.status]),
                    time: <RelativeTime value={f.createdAt} />,
                  }}
                />
                {f.threadId ? (
                  <>
                    {DOT}
                    <Link to={`/t/${f.threadId}`}>{t('admin.people.threadLink')}</Link>
                  </>
                ) : null}
                {f.note ? <div className="muted">{t('admin.people.quoted', { text: f.note })}</div> : null}
              </>
            )}
          />
        </section>
        <section className="panel" aria-labelledby="history-title">
          <h2 id="history-title" className="panel__title">
            {t('admin.people.history')}
          </h2>
          <HistoryList
            items={log.data?.moderationLog.edges.map((e) => e.node) ?? []}
            empty={t('admin.people.nothingYet')}
            render={(node) => (
              <Message
                id="admin.people.logEntry"
                values={{
                  strong: (chunks) => <strong>{chunks}</strong>,
                  action: actionName(t, node.action),
                  actor: node.actor.handle,
                  time: <RelativeTime value={node.createdAt} />,
                  reason: node.reason,
                }}
              />
            )}
          />
        </section>
        <section className="panel" aria-labelledby="signins-title">
          <h2 id="signins-title" className="panel__title">
            {t('admin.people.signIns')}
          </h2>
          {record.signIns.length ? (
            <div className="admin-table-wrap">
              <table className="admin-table">
                <thead>
                  <tr>
                    <th scope="col">{t('admin.people.signedIn')}</th>
                    <th scope="col">{t('admin.people.lastSeen')}</th>
                    <th scope="col">{t('admin.people.address')}</th>
                    <th scope="col">{t('admin.people.browser')}</th>
                  </tr>
                </thead>
                <tbody>
                  {record.signIns.map((s) => (
                    <tr key={s.signedInAt}>
                      <td>
                        <RelativeTime value={s.signedInAt} />
                      </td>
                      <td>
                        <RelativeTime value={s.lastSeenAt} />
                      </td>
                      <td>{s.ip ?? NONE}</td>
                      <td className="muted">{s.userAgent ?? NONE}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>{t('admin.people.noSessions')}</p>
          )}
        </section>
      </div>
    </>
  );
}

/** One account's record of something (posts, flags, audit entries): a list, or a line saying there is none. */
function HistoryList<T extends { id: string }>({
  items,
  empty,
  render,
}: {
  items: readonly T[];
  empty: string;
  render: (item: T) => ReactNode;
}) {
  if (!items.length) return <p>{empty}</p>;
  return (
    <ul>
      {items.map((item) => (
        <li key={item.id}>{render(item)}</li>
      ))}
    </ul>
  );
}

function PostList({
  posts,
  empty,
  label,
}: {
  posts: { id: string; threadId: string; title: string; createdAt: string; state: string }[];
  empty: string;
  label: string;
}) {
  const t = useT();
  return (
    <>
      {posts.length ? <h3>{label}</h3> : null}
      <HistoryList
        items={posts}
        empty={empty}
        render={(p) => (
          <>
            <Link to={`/t/${p.threadId}`}>{p.title}</Link>
            {DOT}
            <RelativeTime value={p.createdAt} />
            {p.state !== 'VISIBLE' ? (
              <strong>
                {DOT}
                {POST_STATES[p.state] ? t(POST_STATES[p.state]) : p.state}
              </strong>
            ) : null}
          </>
        )}
      />
    </>
  );
}

function RoleSection({ account }: { account: { id: string; role: Role; jobTitle?: string | null } }) {
  const t = useT();
  const [setRole] = useMutation(SetRoleDocument, {
    refetchQueries: [ModerationLogDocument],
  });
  const [role, setRoleValue] = useState<Role>(account.role);
  const [jobTitle, setJobTitle] = useState(account.jobTitle ?? '');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<FormErrors | null>(null);
  const [done, setDone] = useState(false);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    setDone(false);
    try {
      await setRole({
        variables: {
          input: {
            accountId: account.id,
            role,
            jobTitle: jobTitle.trim() || null,
            reason: reason.trim() || null,
          },
        },
      });
      setDone(true);
    } catch (err) {
      setProblem(toFormErrors(err));
    }
  };
  return (
    <section className="panel" aria-labelledby="role-title">
      <h2 id="role-title" className="panel__title">
        {t('admin.people.role')}
      </h2>
      <form onSubmit={(e) => void onSubmit(e)} className="form" noValidate>
        {problem ? <ErrorAlert>{problem.message}</ErrorAlert> : null}
        {done ? (
          <p role="status" className="alert alert--success">
            {t('admin.people.roleSaved')}
          </p>
        ) : null}
        <SelectField
          label={t('admin.people.role')}
          name="role"
          value={role}
          onChange={(e) => setRoleValue(e.target.value as Role)}
        >
          {ROLES.map((r) => (
            <option key={r.role} value={r.role}>
              {t(r.choice)}
            </option>
          ))}
        </SelectField>
        {role === 'EMPLOYEE' ? (
          <TextField
            label={t('admin.people.jobTitle')}
            name="jobTitle"
            value={jobTitle}
            onChange={(e) => setJobTitle(e.target.value)}
            hint={t('admin.people.jobTitleHint')}
            error={problem?.fields.jobTitle}
          />
        ) : null}
        <TextField
          label={t('admin.people.reason')}
          name="reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          hint={t('admin.people.reasonHint')}
        />
        <div>
          <Button type="submit">{t('admin.people.changeRole')}</Button>
        </div>
      </form>
    </section>
  );
}
