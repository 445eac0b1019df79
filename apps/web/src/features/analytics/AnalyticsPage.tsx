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
import { Message, useIntl, useT } from '../../i18n/I18n';
import { useFormatMinutes } from '../care/format';
import { CommunityAnalyticsDocument } from './analytics.documents';
import '../care/care.css';

type Analytics = CommunityAnalyticsQuery['communityAnalytics'];
const PERIODS = [
  { days: 7, labelId: 'analytics.period.last7Days' },
  { days: 28, labelId: 'analytics.period.last4Weeks' },
  { days: 90, labelId: 'analytics.period.last90Days' },
] as const;
/** What a figure shows when there is nothing to measure. */
const NONE = '–';

/** Percentages, durations and counts in the page's language. */
function useFigureFormats() {
  const intl = useIntl();
  const formatMinutes = useFormatMinutes();
  return {
    pct: (v: number | null | undefined) => (v == null ? NONE : intl.formatNumber(v, { style: 'percent' })),
    mins: (v: number | null | undefined) => (v == null ? NONE : formatMinutes(v)),
    count: (v: number) => intl.formatNumber(v),
  };
}

export function AnalyticsPage() {
  const t = useT();
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
      <PageTitle>{t('analytics.title')}</PageTitle>
      <h1>{t('analytics.title')}</h1>
      <form
        className="filters filters--two"
        onSubmit={(e) => e.preventDefault()}
        aria-label={t('analytics.filters')}
      >
        <SelectField
          label={t('analytics.period')}
          name="period"
          value={days}
          onChange={(e) => setDays(Number(e.target.value))}
        >
          {PERIODS.map((p) => (
            <option key={p.days} value={p.days}>
              {t(p.labelId)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('analytics.category')}
          name="category"
          value={categoryId}
          onChange={(e) => setCategoryId(e.target.value)}
        >
          <option value="">{t('analytics.allCategories')}</option>
          {categories?.categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
      </form>
      {error ? <ErrorAlert>{error.message}</ErrorAlert> : null}
      {loading && !a ? <p className="muted">{t('analytics.loading')}</p> : null}
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
  const t = useT();
  const intl = useIntl();
  const { pct, mins, count } = useFigureFormats();
  const fr = a.firstResponse;
  return (
    <>
      <div className="figures">
        <Figure label={t('analytics.questions')} value={count(a.questions)} testId="fig-questions" />
        <Figure
          label={t('analytics.firstResponse')}
          value={mins(fr.medianMinutes)}
          note={
            fr.targetMinutes != null
              ? t('analytics.firstResponse.p90Target', {
                  p90: mins(fr.p90Minutes),
                  target: mins(fr.targetMinutes),
                })
              : t('analytics.firstResponse.p90', { p90: mins(fr.p90Minutes) })
          }
          testId="fig-first-response"
        />
        <Figure
          label={t('analytics.withinTarget')}
          value={pct(fr.withinTargetRate)}
          testId="fig-within-target"
        />
        <Figure label={t('analytics.answerRate')} value={pct(a.answerRate)} testId="fig-answer-rate" />
        <Figure label={t('analytics.solvedRate')} value={pct(a.solvedRate)} testId="fig-solved-rate" />
        <Figure label={t('analytics.communityShare')} value={pct(a.communityAnswerShare)} />
        <Figure
          label={t('analytics.deflections')}
          value={count(a.deflections)}
          note={t('analytics.deflectionsNote')}
        />
        <Figure
          label={t('analytics.satisfaction')}
          value={
            a.satisfactionAverage == null
              ? NONE
              : t('analytics.satisfactionValue', {
                  average: intl.formatNumber(a.satisfactionAverage, {
                    minimumFractionDigits: 1,
                    maximumFractionDigits: 1,
                  }),
                })
          }
          note={t('analytics.ratings', { count: a.satisfactionCount })}
          testId="fig-satisfaction"
        />
      </div>
      <section className="panel" aria-labelledby="daily-title">
        <h2 id="daily-title" className="panel__title">
          {t('analytics.perDay')}
        </h2>
        <BarChart
          points={a.daily.map((d) => ({
            key: d.date,
            // The day of the UTC calendar the API counts in, written the page language's short way.
            label: intl.formatDate(`${d.date}T00:00:00Z`, {
              month: 'numeric',
              day: 'numeric',
              timeZone: 'UTC',
            }),
            value: d.questions,
          }))}
        />
      </section>
      <section className="panel" aria-labelledby="heatmap-title">
        <h2 id="heatmap-title" className="panel__title">
          {t('analytics.heatmapTitle')}
        </h2>
        <Heatmap cells={a.activityHeatmap} />
      </section>
      <div className="analytics-columns">
        <section className="panel" aria-labelledby="advocates-title">
          <h2 id="advocates-title" className="panel__title">
            {t('analytics.topContributors')}
          </h2>
          {a.topContributors.length ? (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('analytics.member')}</th>
                  <th scope="col">{t('analytics.answers')}</th>
                  <th scope="col">{t('analytics.accepted')}</th>
                </tr>
              </thead>
              <tbody>
                {a.topContributors.map((c) => (
                  <tr key={c.account.id}>
                    <td>
                      <Link to={`/u/${c.account.handle}`}>{c.account.displayName}</Link>
                    </td>
                    <td>{count(c.answers)}</td>
                    <td>{count(c.accepted)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="muted">{t('analytics.noCommunityAnswers')}</p>
          )}
        </section>
        <section className="panel" aria-labelledby="negative-title">
          <h2 id="negative-title" className="panel__title">
            {t('analytics.mostNegative')}
          </h2>
          {a.mostNegativeThreads.length ? (
            <ol>
              {a.mostNegativeThreads.map((thread) => (
                <li key={thread.id}>
                  <Message
                    id="analytics.negativeThread"
                    values={{
                      title: thread.title,
                      sentiment: intl.formatNumber(thread.sentiment ?? 0, {
                        minimumFractionDigits: 2,
                        maximumFractionDigits: 2,
                      }),
                      link: (chunks) => <Link to={`/t/${thread.id}`}>{chunks}</Link>,
                      muted: (chunks) => <span className="muted">{chunks}</span>,
                    }}
                  />
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">{t('analytics.noNegative')}</p>
          )}
        </section>
      </div>
    </>
  );
}

function BarChart({ points }: { points: { key: string; label: string; value: number }[] }) {
  const t = useT();
  const intl = useIntl();
  if (!points.length) return <p className="muted">{t('analytics.noQuestions')}</p>;
  const point = (p: { label: string; value: number }) =>
    t('analytics.chart.point', { label: p.label, value: intl.formatNumber(p.value) });
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
      aria-label={intl.formatList(points.map(point), { type: 'unit', style: 'short' })}
    >
      <text x={0} y={10} className="chart__label">
        {intl.formatNumber(max)}
      </text>
      <line x1={0} x2={width} y1={h + 14} y2={h + 14} className="chart__axis" />
      {points.map((p, i) => {
        const bh = (p.value / max) * h;
        return (
          <g key={p.key}>
            <rect x={i * step + 2} y={h + 14 - bh} width={step - 4} height={bh} rx={2} className="chart__bar">
              <title>{point(p)}</title>
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
  const t = useT();
  const intl = useIntl();
  // Weekday names in the page's language, Sunday first as the API counts (1 January 2023 was a Sunday).
  const days = Array.from({ length: 7 }, (_, day) =>
    intl.formatDate(Date.UTC(2023, 0, 1 + day), { weekday: 'short', timeZone: 'UTC' }),
  );
  const max = Math.max(1, ...cells.map((c) => c.count));
  const at = new Map(cells.map((c) => [`${c.dayOfWeek}:${c.hour}`, c.count]));
  const s = 16;
  return (
    <svg
      className="chart heatmap"
      viewBox={`0 0 ${40 + 24 * s} ${7 * s + 20}`}
      role="img"
      aria-label={t('analytics.heatmapLabel')}
    >
      {days.map((d, day) => (
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
                <title>{t('analytics.heatmapCell', { day: d, hour, count: intl.formatNumber(count) })}</title>
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
