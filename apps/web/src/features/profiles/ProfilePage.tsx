// A member's public profile: reputation and privileges, their questions and answers, how they earned reputation.
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { toFormErrors } from '../../app/errors';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PageMeta } from '../../app/PageMeta';
import { SuspendAccountTools } from '../moderation/SuspendAccountTools';
import type { ReputationReason } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { RoleBadge } from '../../ui/RoleBadge';
import { Status } from '../../ui/Status';
import { KindBadge, StatusBadge } from '../threads/ThreadBadges';
import { threadPath } from '../threads/ThreadList';
import { ProfileDocument } from './profiles.documents';

const REASONS: Record<ReputationReason, string> = {
  THREAD_UPVOTED: 'Question upvoted',
  ANSWER_UPVOTED: 'Answer upvoted',
  DOWNVOTE_RECEIVED: 'Downvote received',
  DOWNVOTE_CAST: 'Downvoted a post',
  ANSWER_ACCEPTED: 'Answer accepted',
  ACCEPTED_AN_ANSWER: 'Accepted an answer',
};

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0');

export function ProfilePage() {
  const { handle = '' } = useParams();
  // Cache first: a server-rendered profile arrives with its data, and must not be asked for twice.
  const { data, loading, error } = useQuery(ProfileDocument, { variables: { handle } });

  if (error)
    return <ErrorAlert title="This profile could not be loaded">{toFormErrors(error).message}</ErrorAlert>;
  if (loading && !data) return <Status>Loading profile…</Status>;
  const account = data?.account;
  if (!account) return <NotFoundPage what="member" />;

  const threads = account.threads.edges.map((e) => e.node);
  const answers = account.answers.edges.map((e) => e.node);
  const history = account.reputationHistory.edges.map((e) => e.node);
  const staff = account.official;

  return (
    <>
      <PageMeta
        title={`${account.displayName} (@${account.handle})`}
        description={`${account.displayName} on the community: ${account.reputation.toLocaleString('en')} reputation.`}
        canonicalPath={`/u/${account.handle}`}
        type="profile"
      />
      <header className="profile-header">
        <span className="profile-header__avatar" aria-hidden="true">
          {account.displayName.charAt(0)}
        </span>
        <div className="profile-header__who">
          <h1 className="profile-header__name">
            {account.displayName} <RoleBadge role={account.role} />
          </h1>
          <p className="profile-header__handle">
            @{account.handle}
            {staff && account.jobTitle ? <span> · {account.jobTitle}</span> : null}
            <span>
              {' · '}
              <RelativeTime value={account.createdAt} prefix="joined" />
            </span>
          </p>
        </div>
        <p className="profile-header__reputation">
          <span className="profile-header__reputation-value" data-testid="reputation">
            {account.reputation.toLocaleString('en')}
          </span>
          <span className="profile-header__reputation-label">reputation</span>
        </p>
      </header>
      <SuspendAccountTools handle={account.handle} />

      <div className="profile-grid">
        <div className="profile-grid__main">
          <section aria-labelledby="questions-title" className="panel">
            <h2 id="questions-title" className="panel__title">
              Questions and posts <span className="panel__count">({account.threads.totalCount})</span>
            </h2>
            {threads.length === 0 ? (
              <p className="muted panel__empty">Nothing posted yet.</p>
            ) : (
              <ul className="compact-list">
                {threads.map((t) => (
                  <li key={t.id} className="compact-list__item">
                    <span className="compact-list__score" title="Score">
                      {t.score}
                    </span>
                    <span className="compact-list__main">
                      <Link to={threadPath(t.id, t.title)}>{t.title}</Link>
                      <span className="compact-list__meta">
                        <KindBadge kind={t.kind} /> <StatusBadge kind={t.kind} status={t.status} />{' '}
                        {t.answerCount} {t.answerCount === 1 ? 'answer' : 'answers'} ·{' '}
                        <RelativeTime value={t.createdAt} />
                      </span>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="answers-title" className="panel">
            <h2 id="answers-title" className="panel__title">
              Answers <span className="panel__count">({account.answers.totalCount})</span>
            </h2>
            {answers.length === 0 ? (
              <p className="muted panel__empty">No answers yet.</p>
            ) : (
              <ul className="compact-list">
                {answers.map((a) => (
                  <li key={a.id} className="compact-list__item">
                    <span
                      className={
                        a.accepted
                          ? 'compact-list__score compact-list__score--accepted'
                          : 'compact-list__score'
                      }
                      title={a.accepted ? 'Score · accepted' : 'Score'}
                    >
                      {a.score}
                    </span>
                    <span className="compact-list__main">
                      <Link to={threadPath(a.thread.id, a.thread.title)}>{a.thread.title}</Link>
                      <span className="compact-list__meta">
                        {a.accepted ? <span className="badge badge--solved">Accepted</span> : null}{' '}
                        {a.official ? <span className="badge badge--official">Official</span> : null}{' '}
                        <RelativeTime value={a.createdAt} prefix="answered" />
                      </span>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="reputation-title" className="panel">
            <h2 id="reputation-title" className="panel__title">
              Reputation history
            </h2>
            {history.length === 0 ? (
              <p className="muted panel__empty">
                No reputation earned yet. Helpful answers and questions earn it.
              </p>
            ) : (
              <table className="rep-table">
                <caption className="visually-hidden">Recent reputation changes</caption>
                <thead>
                  <tr>
                    <th scope="col">Change</th>
                    <th scope="col">Reason</th>
                    <th scope="col">Post</th>
                    <th scope="col">When</th>
                  </tr>
                </thead>
                <tbody>
                  {history.map((event) => (
                    <tr key={event.id}>
                      <td
                        className={event.delta >= 0 ? 'rep-delta rep-delta--up' : 'rep-delta rep-delta--down'}
                      >
                        {signed(event.delta)}
                      </td>
                      <td>{REASONS[event.reason]}</td>
                      <td>
                        {event.thread ? (
                          <Link to={threadPath(event.thread.id, event.thread.title)}>
                            {event.thread.title}
                          </Link>
                        ) : (
                          '—'
                        )}
                      </td>
                      <td>
                        <RelativeTime value={event.createdAt} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </div>

        <aside className="profile-grid__side" aria-labelledby="privileges-title">
          <section className="panel">
            <h2 id="privileges-title" className="panel__title">
              Privileges
            </h2>
            <ul className="privileges">
              {account.privileges.map((p) => (
                <li key={p.privilege} className={p.granted ? 'privilege privilege--granted' : 'privilege'}>
                  <span className="privilege__mark" aria-hidden="true">
                    {p.granted ? '✓' : ''}
                  </span>
                  <span className="privilege__label">{p.label}</span>
                  <span className="privilege__required">
                    {p.granted ? (
                      <span className="visually-hidden">Granted, </span>
                    ) : (
                      <span className="visually-hidden">Not yet, </span>
                    )}
                    {p.required.toLocaleString('en')} rep
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
    </>
  );
}
