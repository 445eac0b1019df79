// /admin/people: find an account by handle, name or email; /admin/people/:id: its posts, flags, suspensions
// (with suspend and lift), role changes and sign-ins. Every change here is written to the audit log.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { toFormErrors, type FormErrors } from '../../app/errors';
import { PageTitle } from '../../app/PageTitle';
import type { Role } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { SelectField } from '../../ui/SelectField';
import { Status } from '../../ui/Status';
import { TextField } from '../../ui/TextField';
import { ModerationLogDocument } from '../moderation/moderation.documents';
import { SuspendAccountTools } from '../moderation/SuspendAccountTools';
import { PeopleDocument, PersonDocument, SetRoleDocument } from './admin.documents';

const ROLES: { role: Role; label: string }[] = [
  { role: 'MEMBER', label: 'Member' },
  { role: 'MODERATOR', label: 'Moderator' },
  { role: 'EMPLOYEE', label: 'Employee (answers are official)' },
  { role: 'ADMIN', label: 'Admin' },
];

export function PeoplePage() {
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
      <PageTitle>People</PageTitle>
      <h1>People</h1>
      <form onSubmit={onSubmit} className="form" role="search" aria-label="Find people">
        <TextField
          label="Handle, name or email"
          name="q"
          value={text}
          onChange={(e) => setText(e.target.value)}
          hint="At least 2 characters."
        />
        <div>
          <Button type="submit">Find</Button>
        </div>
      </form>
      {error ? <ErrorAlert>{error.message}</ErrorAlert> : null}
      {loading ? <Status>Searching…</Status> : null}
      {data ? (
        data.people.length ? (
          <div className="admin-table-wrap">
            <table className="admin-table">
              <caption className="visually-hidden">Accounts matching “{query}”</caption>
              <thead>
                <tr>
                  <th scope="col">Person</th>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                  <th scope="col">Joined</th>
                </tr>
              </thead>
              <tbody>
                {data.people.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <Link to={`/admin/people/${p.id}`}>{p.displayName}</Link>
                      <div className="muted">
                        @{p.handle} · {p.reputation} reputation
                        {p.suspendedUntil && new Date(p.suspendedUntil) > new Date() ? ' · suspended' : ''}
                      </div>
                    </td>
                    <td>{p.email}</td>
                    <td>{p.role}</td>
                    <td>
                      <RelativeTime value={p.createdAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>Nobody matches “{query}”.</p>
        )
      ) : null}
    </>
  );
}

export function PersonPage() {
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(PersonDocument, { variables: { accountId: id } });
  const log = useQuery(ModerationLogDocument, { variables: { filter: { targetId: id } } });
  if (loading) return <Status>Loading…</Status>;
  if (error || !data) return <ErrorAlert>{error?.message ?? 'The account could not be loaded.'}</ErrorAlert>;
  const { account, ...record } = data.person;
  const suspended = account.suspendedUntil && new Date(account.suspendedUntil) > new Date();
  return (
    <>
      <PageTitle>{account.displayName}</PageTitle>
      <p>
        <Link to="/admin/people">← People</Link>
      </p>
      <h1>{account.displayName}</h1>
      <p className="muted">
        <Link to={`/u/${account.handle}`}>@{account.handle}</Link> · {account.email} · {account.reputation}{' '}
        reputation · joined <RelativeTime value={account.createdAt} />
        {suspended ? (
          <>
            {' '}
            · <strong>suspended</strong> until {new Date(account.suspendedUntil!).toLocaleString()} (
            {account.suspensionReason})
          </>
        ) : null}
      </p>
      <div className="settings">
        <RoleSection account={account} />
        <section className="panel" aria-labelledby="suspension-title">
          <h2 id="suspension-title" className="panel__title">
            Suspension
          </h2>
          <SuspendAccountTools handle={account.handle} />
        </section>
        <section className="panel" aria-labelledby="posts-title">
          <h2 id="posts-title" className="panel__title">
            Posts ({record.threadCount} threads, {record.answerCount} answers)
          </h2>
          <PostList posts={record.threads} empty="No threads." label="Threads" />
          <PostList posts={record.answers} empty="No answers." label="Answers" />
        </section>
        <section className="panel" aria-labelledby="flags-title">
          <h2 id="flags-title" className="panel__title">
            Flags on their posts
          </h2>
          <p className="muted">They raised {record.flagsRaised} flags themselves.</p>
          {record.flagsReceived.length ? (
            <ul>
              {record.flagsReceived.map((f) => (
                <li key={f.id}>
                  {f.reason} on a {f.targetType.toLowerCase()} by @{f.flaggedBy} ({f.status.toLowerCase()}),{' '}
                  <RelativeTime value={f.createdAt} />
                  {f.threadId ? (
                    <>
                      {' '}
                      · <Link to={`/t/${f.threadId}`}>thread</Link>
                    </>
                  ) : null}
                  {f.note ? <div className="muted">“{f.note}”</div> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p>No flags.</p>
          )}
        </section>
        <section className="panel" aria-labelledby="history-title">
          <h2 id="history-title" className="panel__title">
            Suspensions and role changes
          </h2>
          {log.data?.moderationLog.edges.length ? (
            <ul>
              {log.data.moderationLog.edges.map(({ node }) => (
                <li key={node.id}>
                  <strong>{node.action}</strong> by @{node.actor.handle},{' '}
                  <RelativeTime value={node.createdAt} />: {node.reason}
                </li>
              ))}
            </ul>
          ) : (
            <p>Nothing yet.</p>
          )}
        </section>
        <section className="panel" aria-labelledby="signins-title">
          <h2 id="signins-title" className="panel__title">
            Sign-ins
          </h2>
          {record.signIns.length ? (
            <div className="admin-table-wrap">
              <table className="admin-table">
                <thead>
                  <tr>
                    <th scope="col">Signed in</th>
                    <th scope="col">Last seen</th>
                    <th scope="col">Address</th>
                    <th scope="col">Browser</th>
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
                      <td>{s.ip ?? '—'}</td>
                      <td className="muted">{s.userAgent ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>No current sessions.</p>
          )}
        </section>
      </div>
    </>
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
  if (!posts.length) return <p>{empty}</p>;
  return (
    <>
      <h3>{label}</h3>
      <ul>
        {posts.map((p) => (
          <li key={p.id}>
            <Link to={`/t/${p.threadId}`}>{p.title}</Link> · <RelativeTime value={p.createdAt} />
            {p.state !== 'VISIBLE' ? <strong> · {p.state.toLowerCase()}</strong> : null}
          </li>
        ))}
      </ul>
    </>
  );
}

function RoleSection({ account }: { account: { id: string; role: Role; jobTitle?: string | null } }) {
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
        Role
      </h2>
      <form onSubmit={(e) => void onSubmit(e)} className="form" noValidate>
        {problem ? <ErrorAlert>{problem.message}</ErrorAlert> : null}
        {done ? (
          <p role="status" className="alert alert--success">
            Role saved and written to the audit log.
          </p>
        ) : null}
        <SelectField
          label="Role"
          name="role"
          value={role}
          onChange={(e) => setRoleValue(e.target.value as Role)}
        >
          {ROLES.map((r) => (
            <option key={r.role} value={r.role}>
              {r.label}
            </option>
          ))}
        </SelectField>
        {role === 'EMPLOYEE' ? (
          <TextField
            label="Job title"
            name="jobTitle"
            value={jobTitle}
            onChange={(e) => setJobTitle(e.target.value)}
            hint="Shown beside their official answers."
            error={problem?.fields.jobTitle}
          />
        ) : null}
        <TextField
          label="Reason"
          name="reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          hint="Written to the audit log."
        />
        <div>
          <Button type="submit">Change role</Button>
        </div>
      </form>
    </section>
  );
}
