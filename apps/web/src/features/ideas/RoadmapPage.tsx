// /ideas: the roadmap. One column per status, each idea's votes first, filtered by category with
// `?category=<slug>`; rendered on the server like the other public pages.
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { PageMeta } from '../../app/PageMeta';
import type { IdeaStatus, RoadmapColumnFragment } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Status } from '../../ui/Status';
import { toFormErrors } from '../../app/errors';
import { useT } from '../../i18n/I18n';
import { DOT } from '../../ui/typography';
import { threadPath } from '../threads/ThreadList';
import { IDEA_STATUS_LABELS } from './IdeaStatusBadge';
import { RoadmapDocument } from './ideas.documents';

const PER_COLUMN = 20;

const COLUMNS: {
  status: IdeaStatus;
  key: 'underReview' | 'planned' | 'inProgress' | 'shipped' | 'declined';
}[] = [
  { status: 'UNDER_REVIEW', key: 'underReview' },
  { status: 'PLANNED', key: 'planned' },
  { status: 'IN_PROGRESS', key: 'inProgress' },
  { status: 'SHIPPED', key: 'shipped' },
  { status: 'DECLINED', key: 'declined' },
];

export function RoadmapPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const slug = params.get('category') ?? '';
  // The category list comes with the roadmap; the first render asks for every category's ideas.
  const all = useQuery(RoadmapDocument, { variables: { categoryId: null, first: PER_COLUMN } });
  const category = all.data?.categories.find((c) => c.slug === slug);
  const filtered = useQuery(RoadmapDocument, {
    variables: { categoryId: category?.id ?? null, first: PER_COLUMN },
    skip: !category,
  });
  const { data, loading, error } = category ? filtered : all;
  const categories = all.data?.categories ?? [];
  const shareLink = `/ask?kind=IDEA${category ? `&category=${encodeURIComponent(category.slug)}` : ''}`;

  return (
    <>
      <PageMeta
        title={t('ideas.roadmap.title')}
        description={t('ideas.roadmap.description')}
        canonicalPath="/ideas"
      />
      <header className="page-header page-header--with-action">
        <div>
          <h1>{t('ideas.roadmap.title')}</h1>
          <p className="page-header__lead">{t('ideas.roadmap.lead')}</p>
        </div>
        <Link to={shareLink} className="button button--primary">
          {t('ideas.share')}
        </Link>
      </header>
      <form className="roadmap__filter" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="roadmap-category" className="field__label">
          {t('ideas.roadmap.category')}
        </label>
        <select
          id="roadmap-category"
          className="field__input field__select"
          value={slug}
          onChange={(e) => setParams(e.target.value ? { category: e.target.value } : {})}
        >
          <option value="">{t('ideas.roadmap.allCategories')}</option>
          {categories.map((c) => (
            <option key={c.id} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
      </form>
      {error ? <ErrorAlert>{toFormErrors(error).message}</ErrorAlert> : null}
      {!data && loading ? <Status>{t('ideas.roadmap.loading')}</Status> : null}
      {data ? (
        <div className="roadmap" aria-label={t('ideas.roadmap.columns')}>
          {COLUMNS.map(({ status, key }) => (
            <RoadmapColumn key={status} status={status} column={data[key]} />
          ))}
        </div>
      ) : null}
    </>
  );
}

function RoadmapColumn({ status, column }: { status: IdeaStatus; column: RoadmapColumnFragment }) {
  const t = useT();
  const id = `roadmap-${status.toLowerCase()}`;
  return (
    <section className={`roadmap__column roadmap__column--${status.toLowerCase()}`} aria-labelledby={id}>
      <h2 id={id} className="roadmap__title">
        {t(IDEA_STATUS_LABELS[status])} <span className="roadmap__count">{column.totalCount}</span>
      </h2>
      {column.edges.length === 0 ? (
        <p className="muted roadmap__empty">{t('ideas.roadmap.empty')}</p>
      ) : (
        <ol className="roadmap__list">
          {column.edges.map(({ node }) => (
            <li key={node.id} className="roadmap__card">
              <span className="roadmap__votes" title={t('ideas.roadmap.votesTitle')}>
                <span className="roadmap__votes-value">{node.score}</span>
                <span className="roadmap__votes-label">
                  {t('ideas.roadmap.votes', { count: Math.abs(node.score) })}
                </span>
              </span>
              <span className="roadmap__card-body">
                <Link to={threadPath(node.id, node.title)} className="roadmap__card-title">
                  {node.title}
                </Link>
                <span className="roadmap__card-meta">
                  {node.category.name}
                  {DOT}
                  {t('ideas.roadmap.replies', { count: node.answerCount })}
                </span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
