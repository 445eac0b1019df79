// /staff/search: what people searched for in a period, and what they searched for and did not find.
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { PageTitle } from '../../app/PageTitle';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Status } from '../../ui/Status';
import { useMe } from '../accounts/useMe';
import { SearchAnalyticsDocument } from './search.documents';
import './search.css';

const PERIODS = [
  { days: 1, label: 'Last 24 hours' },
  { days: 7, label: 'Last 7 days' },
  { days: 28, label: 'Last 4 weeks' },
  { days: 90, label: 'Last 90 days' },
];

export function SearchAnalyticsPage() {
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
  if (meLoading) return <Status>Loading…</Status>;

  return (
    <section aria-labelledby="search-analytics-title" className="search-analytics">
      <PageTitle>Search analytics</PageTitle>
      <header className="page-header page-header--with-action">
        <h1 id="search-analytics-title">Search analytics</h1>
        <label className="search-analytics__period">
          Period{' '}
          <select value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {PERIODS.map((p) => (
              <option key={p.days} value={p.days}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
      </header>
      <p className="muted">Queries are recorded without who searched.</p>
      {!me ? <ErrorAlert>Sign in as staff to see search analytics.</ErrorAlert> : null}
      {error ? <ErrorAlert>{error.message}</ErrorAlert> : null}
      {loading && !a ? <Status>Loading…</Status> : null}
      {a ? (
        <>
          <dl className="search-stats">
            <div className="search-stat">
              <dt>Searches</dt>
              <dd>{a.searches.toLocaleString('en')}</dd>
            </div>
            <div className="search-stat">
              <dt>Found nothing</dt>
              <dd>
                {a.zeroResultSearches.toLocaleString('en')}
                {a.searches ? (
                  <small> ({Math.round((a.zeroResultSearches / a.searches) * 100)}%)</small>
                ) : null}
              </dd>
            </div>
            <div className="search-stat">
              <dt>Results opened</dt>
              <dd>{a.clicks.toLocaleString('en')}</dd>
            </div>
            <div className="search-stat">
              <dt>Questions deflected</dt>
              <dd>{a.deflections.toLocaleString('en')}</dd>
            </div>
          </dl>
          <div className="search-tables">
            <section className="panel">
              <h2>Top queries</h2>
              {a.topQueries.length ? (
                <table className="search-table">
                  <thead>
                    <tr>
                      <th scope="col">Query</th>
                      <th scope="col">Searches</th>
                      <th scope="col">Avg. results</th>
                      <th scope="col">Clicks</th>
                    </tr>
                  </thead>
                  <tbody>
                    {a.topQueries.map((q) => (
                      <tr key={q.query}>
                        <td>{q.query}</td>
                        <td>{q.searches}</td>
                        <td>{q.averageResults}</td>
                        <td>{q.clicks}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p className="muted">No searches in this period.</p>
              )}
            </section>
            <section className="panel">
              <h2>Searched for, not found</h2>
              {a.zeroResultQueries.length ? (
                <table className="search-table">
                  <thead>
                    <tr>
                      <th scope="col">Query</th>
                      <th scope="col">Searches</th>
                    </tr>
                  </thead>
                  <tbody>
                    {a.zeroResultQueries.map((q) => (
                      <tr key={q.query}>
                        <td>{q.query}</td>
                        <td>{q.searches}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p className="muted">Every search found something.</p>
              )}
            </section>
          </div>
        </>
      ) : null}
    </section>
  );
}
