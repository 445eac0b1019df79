// /staff/search: what people searched for in a period, and what they searched for and did not find.
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { PageTitle } from '../../app/PageTitle';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Status } from '../../ui/Status';
import { Message, useIntl, useT } from '../../i18n/I18n';
import { useMe } from '../accounts/useMe';
import { SearchAnalyticsDocument } from './search.documents';
import './search.css';

const PERIODS = [
  { days: 1, labelId: 'analytics.period.last24Hours' },
  { days: 7, labelId: 'analytics.period.last7Days' },
  { days: 28, labelId: 'analytics.period.last4Weeks' },
  { days: 90, labelId: 'analytics.period.last90Days' },
] as const;

export function SearchAnalyticsPage() {
  const t = useT();
  const intl = useIntl();
  const count = (n: number) => intl.formatNumber(n);
  const { me, loading: meLoading } = useMe();
  const [days, setDays] = useState(7);
  const input = useMemo(() => {
    const to = new Date();
    to.setUTCMinutes(60, 0, 0);
    return {
      from: new Date(to.getTime() - days * 86_400_000).toISOString(),
      to: to.toISOString(),
      limit: 20,
    };
  }, [days]);
  const { data, error, loading } = useQuery(SearchAnalyticsDocument, {
    variables: { input },
    fetchPolicy: 'cache-and-network',
    skip: !me,
  });
  const a = data?.searchAnalytics;
  if (meLoading) return <Status>{t('searchAnalytics.loading')}</Status>;

  return (
    <section aria-labelledby="search-analytics-title" className="search-analytics">
      <PageTitle>{t('searchAnalytics.title')}</PageTitle>
      <header className="page-header page-header--with-action">
        <h1 id="search-analytics-title">{t('searchAnalytics.title')}</h1>
        <label className="search-analytics__period">
          {t('searchAnalytics.period')}
          <select value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {PERIODS.map((p) => (
              <option key={p.days} value={p.days}>
                {t(p.labelId)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <p className="muted">{t('searchAnalytics.anonymous')}</p>
      {!me ? <ErrorAlert>{t('searchAnalytics.signIn')}</ErrorAlert> : null}
      {error ? <ErrorAlert>{error.message}</ErrorAlert> : null}
      {loading && !a ? <Status>{t('searchAnalytics.loading')}</Status> : null}
      {a ? (
        <>
          <dl className="search-stats">
            <div className="search-stat">
              <dt>{t('searchAnalytics.searches')}</dt>
              <dd>{count(a.searches)}</dd>
            </div>
            <div className="search-stat">
              <dt>{t('searchAnalytics.foundNothing')}</dt>
              <dd>
                {a.searches ? (
                  <Message
                    id="searchAnalytics.foundNothingShare"
                    values={{
                      count: count(a.zeroResultSearches),
                      share: intl.formatNumber(a.zeroResultSearches / a.searches, { style: 'percent' }),
                      small: (chunks) => <small>{chunks}</small>,
                    }}
                  />
                ) : (
                  count(a.zeroResultSearches)
                )}
              </dd>
            </div>
            <div className="search-stat">
              <dt>{t('searchAnalytics.clicks')}</dt>
              <dd>{count(a.clicks)}</dd>
            </div>
            <div className="search-stat">
              <dt>{t('searchAnalytics.deflections')}</dt>
              <dd>{count(a.deflections)}</dd>
            </div>
          </dl>
          <div className="search-tables">
            <section className="panel">
              <h2>{t('searchAnalytics.topQueries')}</h2>
              {a.topQueries.length ? (
                <table className="search-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('searchAnalytics.query')}</th>
                      <th scope="col">{t('searchAnalytics.searches')}</th>
                      <th scope="col">{t('searchAnalytics.averageResults')}</th>
                      <th scope="col">{t('searchAnalytics.clicksColumn')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {a.topQueries.map((q) => (
                      <tr key={q.query}>
                        <td>{q.query}</td>
                        <td>{count(q.searches)}</td>
                        <td>{intl.formatNumber(q.averageResults, { maximumFractionDigits: 1 })}</td>
                        <td>{count(q.clicks)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p className="muted">{t('searchAnalytics.noSearches')}</p>
              )}
            </section>
            <section className="panel">
              <h2>{t('searchAnalytics.notFound')}</h2>
              {a.zeroResultQueries.length ? (
                <table className="search-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('searchAnalytics.query')}</th>
                      <th scope="col">{t('searchAnalytics.searches')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {a.zeroResultQueries.map((q) => (
                      <tr key={q.query}>
                        <td>{q.query}</td>
                        <td>{count(q.searches)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p className="muted">{t('searchAnalytics.allFound')}</p>
              )}
            </section>
          </div>
        </>
      ) : null}
    </section>
  );
}
