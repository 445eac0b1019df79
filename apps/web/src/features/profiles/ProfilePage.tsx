// A member's public profile: reputation and privileges, their questions and answers, how they earned reputation.
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { toFormErrors } from '../../app/errors';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PageMeta } from '../../app/PageMeta';
import { SuspendAccountTools } from '../moderation/SuspendAccountTools';
import type { Privilege, ReputationReason } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { RoleBadge } from '../../ui/RoleBadge';
import { Status } from '../../ui/Status';
import { KindBadge, StatusBadge } from '../threads/ThreadBadges';
import { threadPath } from '../threads/ThreadList';
import { DOT, SPACE } from '../../ui/typography';
import { useIntl, useT, type MessageId } from '../../i18n/I18n';
import { ProfileDocument } from './profiles.documents';

/** What reputation unlocks, named in the page's language (the API's `label` is English). */
const PRIVILEGE_NAMES: Record<Privilege, MessageId> = {
  UPVOTE: 'profiles.privilege.upvote',
  FLAG: 'profiles.privilege.flag',
  COMMENT: 'profiles.privilege.comment',
  DOWNVOTE: 'profiles.privilege.downvote',
  EDIT_OTHERS: 'profiles.privilege.editOthers',
};

const REASONS: Record<ReputationReason, MessageId> = {
  THREAD_UPVOTED: 'profiles.reason.threadUpvoted',
  ANSWER_UPVOTED: 'profiles.reason.answerUpvoted',
  DOWNVOTE_RECEIVED: 'profiles.reason.downvoteReceived',
  DOWNVOTE_CAST: 'profiles.reason.downvoteCast',
  ANSWER_ACCEPTED: 'profiles.reason.answerAccepted',
  ACCEPTED_AN_ANSWER: 'profiles.reason.acceptedAnAnswer',
};

// Marks, not words: the same in every language.
const CHECK = '✓';
const NONE = '—';

export function ProfilePage() {
  const t = useT();
  const intl = useIntl();
  const { handle = '' } = useParams();
  // Cache first: a server-rendered profile arrives with its data, and must not be asked for twice.
  const { data, loading, error } = useQuery(ProfileDocument, { variables: { handle } });

  if (error) return <ErrorAlert title={t('profiles.loadFailed')}>{toFormErrors(error).message}</ErrorAlert>;
  if (loading && !data) return <Status>{t('profiles.loading')}</Status>;
  const account = data?.account;
  if (!account) return <NotFoundPage what="member" />;

  const threads = account.threads.edges.map((e) => e.node);
  const answers = account.answers.edges.map((e) => e.node);
  const history = account.reputationHistory.edges.map((e) => e.node);
  const staff = account.official;
  // The sign is always shown: "+10", "−2" (a true minus), "0".
  const signed = (n: number) => intl.formatNumber(n, { signDisplay: 'exceptZero' }).replace('-', '\u2212');

  return (
    <>
      <PageMeta
        title={t('profiles.pageTitle', { name: account.displayName, handle: account.handle })}
        description={t('profiles.description', { name: account.displayName, reputation: account.reputation })}
        canonicalPath={`/u/${account.handle}`}
        type="profile"
      />
      <header className="profile-header">
        <span className="profile-header__avatar" aria-hidden="true">
          {account.displayName.charAt(0)}
        </span>
        <div className="profile-header__who">
          <h1 className="profile-header__name">
            {account.displayName}
            {SPACE}
            <RoleBadge role={account.role} />
          </h1>
          <p className="profile-header__handle">
            {t('profiles.handle', { handle: account.handle })}
            {staff && account.jobTitle ? (
              <span>
                {DOT}
                {account.jobTitle}
              </span>
            ) : null}
            <span>
              {DOT}
              <RelativeTime value={account.createdAt} labelId="profiles.joined" />
            </span>
          </p>
        </div>
        <p className="profile-header__reputation">
          <span className="profile-header__reputation-value" data-testid="reputation">
            {intl.formatNumber(account.reputation)}
          </span>
          <span className="profile-header__reputation-label">
            {t('profiles.reputationLabel', { count: account.reputation })}
          </span>
        </p>
      </header>
      <SuspendAccountTools handle={account.handle} />

      <div className="profile-grid">
        <div className="profile-grid__main">
          <section aria-labelledby="questions-title" className="panel">
            <h2 id="questions-title" className="panel__title">
              {t('profiles.threads')}
              {SPACE}
              <span className="panel__count">
                {t('categories.countInParens', { count: intl.formatNumber(account.threads.totalCount) })}
              </span>
            </h2>
            {threads.length === 0 ? (
              <p className="muted panel__empty">{t('profiles.noThreads')}</p>
            ) : (
              <ul className="compact-list">
                {threads.map((thread) => (
                  <li key={thread.id} className="compact-list__item">
                    <span className="compact-list__score" title={t('profiles.score')}>
                      {intl.formatNumber(thread.score)}
                    </span>
                    <span className="compact-list__main">
                      <Link to={threadPath(thread.id, thread.title)}>{thread.title}</Link>
                      <span className="compact-list__meta">
                        <KindBadge kind={thread.kind} />
                        {SPACE}
                        <StatusBadge kind={thread.kind} status={thread.status} />
                        {SPACE}
                        {t('search.answers', { count: thread.answerCount })}
                        {DOT}
                        <RelativeTime value={thread.createdAt} />
                      </span>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="answers-title" className="panel">
            <h2 id="answers-title" className="panel__title">
              {t('profiles.answers')}
              {SPACE}
              <span className="panel__count">
                {t('categories.countInParens', { count: intl.formatNumber(account.answers.totalCount) })}
              </span>
            </h2>
            {answers.length === 0 ? (
              <p className="muted panel__empty">{t('profiles.noAnswers')}</p>
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
                      title={t(a.accepted ? 'profiles.scoreAccepted' : 'profiles.score')}
                    >
                      {intl.formatNumber(a.score)}
                    </span>
                    <span className="compact-list__main">
                      <Link to={threadPath(a.thread.id, a.thread.title)}>{a.thread.title}</Link>
                      <span className="compact-list__meta">
                        {a.accepted ? (
                          <span className="badge badge--solved">{t('profiles.accepted')}</span>
                        ) : null}
                        {SPACE}
                        {a.official ? (
                          <span className="badge badge--official">{t('announcements.official')}</span>
                        ) : null}
                        {SPACE}
                        <RelativeTime value={a.createdAt} labelId="time.answered" />
                      </span>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="reputation-title" className="panel">
            <h2 id="reputation-title" className="panel__title">
              {t('profiles.history')}
            </h2>
            {history.length === 0 ? (
              <p className="muted panel__empty">{t('profiles.noHistory')}</p>
            ) : (
              <table className="rep-table">
                <caption className="visually-hidden">{t('profiles.historyCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('profiles.change')}</th>
                    <th scope="col">{t('profiles.reason')}</th>
                    <th scope="col">{t('profiles.post')}</th>
                    <th scope="col">{t('profiles.when')}</th>
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
                      <td>{t(REASONS[event.reason])}</td>
                      <td>
                        {event.thread ? (
                          <Link to={threadPath(event.thread.id, event.thread.title)}>
                            {event.thread.title}
                          </Link>
                        ) : (
                          NONE
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
              {t('profiles.privileges')}
            </h2>
            <ul className="privileges">
              {account.privileges.map((p) => (
                <li key={p.privilege} className={p.granted ? 'privilege privilege--granted' : 'privilege'}>
                  <span className="privilege__mark" aria-hidden="true">
                    {p.granted ? CHECK : null}
                  </span>
                  <span className="privilege__label">{t(PRIVILEGE_NAMES[p.privilege])}</span>
                  <span className="privilege__required">
                    <span className="visually-hidden">
                      {t(p.granted ? 'profiles.granted' : 'profiles.notYet')}
                    </span>
                    {t('profiles.requiredRep', { count: p.required })}
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
