// /staff/analytics: how fast the brand responds, how well the community helps itself, and when customers
// are around. Charts are inline SVG (no chart library): bars per day and a weekday × hour heatmap.
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import type { CommunityAnalyticsQuery } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SelectField } from '../../ui/SelectField';
import { CategoriesDocument } from '../categories/categories.documents';
import { formatMinutes } from '../care/format';
import { CommunityAnalyticsDocument } from './analytics.documents';
import '../care/care.css';

type Analytics = CommunityAnalyticsQuery['communityAnalytics'];
const PERIODS = [
  { days: 7, label: 'Last 7 days' },
  { days: 28, label: 'Last 4 weeks' },
  { days: 90, label: 'Last 90 days' },
];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pct = (v: number | null | undefined) => (v == null ? '–' : `${Math.round(v * 100)}%`);
const mins = (v: number | null | undefined) => (v == null ? '–' : formatMinutes(v));

export function AnalyticsPage() {
  const [days, setDays] = useState(28);
  const [categoryId, setCategoryId] = useState('');
  // The period ends at the next whole hour, so the variables stay stable between renders.
  const input = useMemo(() => {
    const to = new Date();
    to.setUTCMinutes(60, 0, 0);
    const from = new Date(to.getTime() - days * 86_400_000);
    return { from: from.toISOString(), to: to.toISOString(), categoryId: categoryId || null };
  }, [days, categoryId]);
  const { data, error, loading } = useQuery(CommunityAnalyticsDocument, {
    variables: { input },
    fetchPolicy: 'cache-and-network',
  });
  const { data: categories } = useQuery(CategoriesDocument);
  const a = data?.communityAnalytics;

  return (
    <>
      <PageTitle>Community analytics</PageTitle>
      <h1>Community analytics</h1>
      <form
        className="filters filters--two"
        onSubmit={(e) => e.preventDefault()}
        aria-label="Period and category"
      >
        <SelectField
          label="Period"
          name="period"
          value={days}
          onChange={(e) => setDays(Number(e.target.value))}
        >
          {PERIODS.map((p) => (
            <option key={p.days} value={p.days}>
              {p.label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Category"
          name="category"
          value={categoryId}
          onChange={(e) => setCategoryId(e.target.value)}
        >
          <option value="">All categories</option>
          {categories?.categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
      </form>
      {error ? <ErrorAlert>{error.message}</ErrorAlert> : null}
      {loading && !a ? <p className="muted">Loading…</p> : null}
      {a ? <Dashboard a={a} /> : null}
    </>
  );
}

function Figure({
  label,
  value,
  note,
  testId,
}: {
  label: string;
  value: string;
  note?: string;
  testId?: string;
}) {
  return (
    <div className="figure panel" data-testid={testId}>
      <div className="figure__label">{label}</div>
      <div className="figure__value">{value}</div>
      {note ? <div className="figure__note muted">{note}</div> : null}
    </div>
  );
}

function Dashboard({ a }: { a: Analytics }) {
  const fr = a.firstResponse;
  return (
    <>
      <div className="figures">
        <Figure label="Questions" value={String(a.questions)} testId="fig-questions" />
        <Figure
          label="First response (median)"
          value={mins(fr.medianMinutes)}
          note={`p90 ${mins(fr.p90Minutes)}${fr.targetMinutes != null ? ` · target ${mins(fr.targetMinutes)}` : ''}`}
          testId="fig-first-response"
        />
        <Figure label="Within target" value={pct(fr.withinTargetRate)} testId="fig-within-target" />
        <Figure label="Answer rate" value={pct(a.answerRate)} testId="fig-answer-rate" />
        <Figure label="Solved rate" value={pct(a.solvedRate)} testId="fig-solved-rate" />
        <Figure label="Answered by the community" value={pct(a.communityAnswerShare)} />
        <Figure label="Deflections" value={String(a.deflections)} note="askers who found an answer first" />
        <Figure
          label="Satisfaction"
          value={a.satisfactionAverage == null ? '–' : `${a.satisfactionAverage.toFixed(1)} / 5`}
          note={`${a.satisfactionCount} ${a.satisfactionCount === 1 ? 'rating' : 'ratings'}`}
          testId="fig-satisfaction"
        />
      </div>
      <section className="panel" aria-labelledby="daily-title">
        <h2 id="daily-title" className="panel__title">
          Questions per day
        </h2>
        <BarChart points={a.daily.map((d) => ({ label: d.date.slice(5), value: d.questions }))} />
      </section>
      <section className="panel" aria-labelledby="heatmap-title">
        <h2 id="heatmap-title" className="panel__title">
          When customers are active (UTC)
        </h2>
        <Heatmap cells={a.activityHeatmap} />
      </section>
      <div className="analytics-columns">
        <section className="panel" aria-labelledby="advocates-title">
          <h2 id="advocates-title" className="panel__title">
            Top community contributors
          </h2>
          {a.topContributors.length ? (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Member</th>
                  <th scope="col">Answers</th>
                  <th scope="col">Accepted</th>
                </tr>
              </thead>
              <tbody>
                {a.topContributors.map((c) => (
                  <tr key={c.account.id}>
                    <td>
                      <Link to={`/u/${c.account.handle}`}>{c.account.displayName}</Link>
                    </td>
                    <td>{c.answers}</td>
                    <td>{c.accepted}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="muted">No community answers in this period.</p>
          )}
        </section>
        <section className="panel" aria-labelledby="negative-title">
          <h2 id="negative-title" className="panel__title">
            Most negative threads
          </h2>
          {a.mostNegativeThreads.length ? (
            <ol>
              {a.mostNegativeThreads.map((t) => (
                <li key={t.id}>
                  <Link to={`/t/${t.id}`}>{t.title}</Link>{' '}
                  <span className="muted">({t.sentiment?.toFixed(2)})</span>
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">No negative threads in this period.</p>
          )}
        </section>
      </div>
    </>
  );
}

function BarChart({ points }: { points: { label: string; value: number }[] }) {
  if (!points.length) return <p className="muted">No questions in this period.</p>;
  const max = Math.max(1, ...points.map((p) => p.value));
  // A fixed drawing area: bars get narrower as days are added, never wider than 36 units.
  const width = 640;
  const h = 120;
  const step = Math.min(36, width / points.length);
  const labelEvery = Math.ceil(points.length / 12);
  return (
    <svg
      className="chart bar-chart"
      viewBox={`0 0 ${width} ${h + 34}`}
      role="img"
      aria-label={points.map((p) => `${p.label}: ${p.value}`).join(', ')}
    >
      <text x={0} y={10} className="chart__label">
        {max}
      </text>
      <line x1={0} x2={width} y1={h + 14} y2={h + 14} className="chart__axis" />
      {points.map((p, i) => {
        const bh = (p.value / max) * h;
        return (
          <g key={p.label}>
            <rect x={i * step + 2} y={h + 14 - bh} width={step - 4} height={bh} rx={2} className="chart__bar">
              <title>{`${p.label}: ${p.value}`}</title>
            </rect>
            {i % labelEvery === 0 ? (
              <text x={i * step + step / 2} y={h + 28} textAnchor="middle" className="chart__label">
                {p.label}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}

function Heatmap({ cells }: { cells: { dayOfWeek: number; hour: number; count: number }[] }) {
  const max = Math.max(1, ...cells.map((c) => c.count));
  const at = new Map(cells.map((c) => [`${c.dayOfWeek}:${c.hour}`, c.count]));
  const s = 16;
  return (
    <svg
      className="chart heatmap"
      viewBox={`0 0 ${40 + 24 * s} ${7 * s + 20}`}
      role="img"
      aria-label="Activity by weekday and hour"
    >
      {DAYS.map((d, day) => (
        <g key={d}>
          <text x={0} y={day * s + 12} className="chart__label">
            {d}
          </text>
          {Array.from({ length: 24 }, (_, hour) => {
            const count = at.get(`${day}:${hour}`) ?? 0;
            return (
              <rect
                key={hour}
                x={40 + hour * s}
                y={day * s}
                width={s - 2}
                height={s - 2}
                rx={2}
                className="heatmap__cell"
                style={{ fillOpacity: count ? 0.15 + 0.85 * (count / max) : 0.05 }}
              >
                <title>{`${d} ${hour}:00 UTC: ${count}`}</title>
              </rect>
            );
          })}
        </g>
      ))}
      {[0, 6, 12, 18, 23].map((hour) => (
        <text
          key={hour}
          x={40 + hour * s + s / 2}
          y={7 * s + 14}
          textAnchor="middle"
          className="chart__label"
        >
          {hour}
        </text>
      ))}
    </svg>
  );
}
