// The embedded default: Postgres full text over its own table, search_documents (migration
// search-documents). Title, tags, body and answers are weighted A, A, B, C in one stored tsvector, built
// from accent-folded text (unaccent) with both the 'simple' configuration (any language, exact words) and
// 'english' (stems), so Russian, Slovenian or Chinese posts are found as well as English ones. Typos are
// corrected against search_words (every indexed word, trigram-indexed with pg_trgm), and a query that
// still finds nothing falls back to trigram word similarity on titles.
import { fold, highlight, indexText, snippet, words } from './text';
import {
  ANSWERS_TEXT_CAP,
  EMPTY_FACETS,
  FacetCount,
  SearchDocument,
  SearchFacets,
  SearchIndex,
  SearchRequest,
  SearchResult,
  SearchSettings,
  SimilarRequest,
} from './port';

/** Runs one parameterised statement and returns its rows (TypeORM's DataSource.query or a pg pool wrapper). */
export type SqlQuery = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;

/** The tsvector both sides use: `$t` title, `$g` tags, `$b` body, `$a` answers, all folded already. */
const DOCUMENT_VECTOR = `
  setweight(to_tsvector('simple', unaccent(d.t)) || to_tsvector('english', unaccent(d.t)), 'A') ||
  setweight(to_tsvector('simple', unaccent(d.g)), 'A') ||
  setweight(to_tsvector('simple', unaccent(d.b)) || to_tsvector('english', unaccent(d.b)), 'B') ||
  setweight(to_tsvector('simple', unaccent(d.a)) || to_tsvector('english', unaccent(d.a)), 'C')`;

const TITLE_VECTOR = `to_tsvector('simple', unaccent(d.t)) || to_tsvector('english', unaccent(d.t))`;

/** Lexemes a typo can be corrected to: words of titles, tags, bodies and answers (a word found only in an
 * answer must be searchable as typed, not "corrected" to a title word). */
const WORDS_OF = `unnest(tsvector_to_array(to_tsvector('simple', unaccent(d.t || ' ' || d.g || ' ' || d.b || ' ' || d.a))))`;

/** Typo correction considers words at least this long (shorter ones have too many neighbours). */
const MIN_CORRECTABLE = 4;
/** The similar-threads query starts from the rarest words of the draft, so its cost stays bounded. */
const SIMILAR_SEED_WORDS = 4;
const SIMILAR_CANDIDATES = 200;
/** Most matches a search ranks and counts (see run()). */
const MATCH_CAP = 200;
/** Facet values returned per facet. */
const FACET_SIZE = 20;

interface HitRow {
  id: string;
  title: string;
  body: string;
  answers: string;
}

interface SearchRow {
  total: number;
  hits: HitRow[] | null;
  facets: { f: keyof SearchFacets; v: string; n: number }[] | null;
}

export class PostgresSearchIndex implements SearchIndex {
  readonly engine = 'postgres';
  private synonyms: Record<string, string[]> = {};
  private synonymsLoadedAt = 0;

  constructor(private readonly query: SqlQuery) {}

  async prepare(): Promise<void> {
    const [row] = await this.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_tables WHERE tablename IN ('search_documents', 'search_words', 'search_settings')`,
    );
    if (row.n !== 3) throw new Error('The search tables are missing: run the migrations (npm run migrate).');
    await this.loadSynonyms(true);
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    const live = documents.filter((d) => !d.hidden);
    const hidden = documents.filter((d) => d.hidden).map((d) => d.id);
    if (hidden.length) await this.delete(hidden);
    if (!live.length) return;
    const rows = live.map((d) => ({
      id: d.id,
      title: d.title,
      body: d.body,
      answers: d.answers.slice(0, ANSWERS_TEXT_CAP),
      tags: d.tags,
      category: d.categoryId,
      kind: d.kind,
      status: d.status,
      score: d.score,
      created: d.createdAt.toISOString(),
      activity: d.lastActivityAt.toISOString(),
      t: indexText(d.title),
      g: indexText(d.tags.join(' ')),
      b: indexText(d.body),
      a: indexText(d.answers.slice(0, ANSWERS_TEXT_CAP)),
    }));
    const records = `jsonb_to_recordset($1::jsonb) AS d(id uuid, title text, body text, answers text, tags text[],
      category uuid, kind text, status text, score int, created timestamptz, activity timestamptz,
      t text, g text, b text, a text)`;
    await this.query(
      `INSERT INTO search_documents (thread_id, title, body, answers, tags, category_id, kind, status, score,
         created_at, last_activity_at, title_folded, title_tsv, tsv, indexed_at)
       SELECT d.id, d.title, d.body, d.answers, d.tags, d.category, d.kind, d.status, d.score, d.created,
         d.activity, unaccent(d.t), ${TITLE_VECTOR}, ${DOCUMENT_VECTOR}, now()
       FROM ${records}
       ORDER BY d.id
       ON CONFLICT (thread_id) DO UPDATE SET title = excluded.title, body = excluded.body,
         answers = excluded.answers, tags = excluded.tags, category_id = excluded.category_id,
         kind = excluded.kind, status = excluded.status, score = excluded.score,
         created_at = excluded.created_at, last_activity_at = excluded.last_activity_at,
         title_folded = excluded.title_folded, title_tsv = excluded.title_tsv, tsv = excluded.tsv,
         indexed_at = now()`,
      [JSON.stringify(rows)],
    );
    // Sorted, so concurrent indexers take row locks in the same order and never deadlock each other.
    await this.query(
      `INSERT INTO search_words (word, documents)
       SELECT w, count(*) FROM ${records}, ${WORDS_OF} AS w
       WHERE length(w) BETWEEN 2 AND 40 AND w !~ '^[0-9]'
       GROUP BY w ORDER BY w
       ON CONFLICT (word) DO UPDATE SET documents = search_words.documents + excluded.documents`,
      [JSON.stringify(rows.map(({ t, g, b, a }) => ({ t, g, b, a })))],
    );
  }

  async delete(ids: string[]): Promise<void> {
    if (ids.length) await this.query('DELETE FROM search_documents WHERE thread_id = ANY($1::uuid[])', [ids]);
  }

  async clear(): Promise<void> {
    await this.query('TRUNCATE search_documents, search_words');
  }

  async configure(settings: SearchSettings): Promise<void> {
    await this.query(
      `INSERT INTO search_settings (key, value) VALUES ('synonyms', $1::jsonb)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [JSON.stringify(settings.synonyms)],
    );
    await this.loadSynonyms(true);
  }

  private async loadSynonyms(force = false): Promise<void> {
    if (!force && Date.now() - this.synonymsLoadedAt < 30_000) return;
    const rows = await this.query<{ value: Record<string, string[]> }>(
      `SELECT value FROM search_settings WHERE key = 'synonyms'`,
    );
    const map: Record<string, string[]> = {};
    // Synonyms work both ways: wifi → wlan and wlan → wifi.
    for (const [word, others] of Object.entries(rows[0]?.value ?? {})) {
      const group = [word, ...others].map((w) => fold(w).trim()).filter(Boolean);
      for (const w of group) map[w] = [...new Set([...(map[w] ?? []), ...group.filter((o) => o !== w)])];
    }
    this.synonyms = map;
    this.synonymsLoadedAt = Date.now();
  }

  /** Replaces query words missing from the index by their nearest indexed word (pg_trgm similarity). */
  private async correct(text: string): Promise<{ text: string; terms: string[] }> {
    const candidates = [...new Set(words(text))].filter(
      (w) => [...w].length >= MIN_CORRECTABLE && /^\p{L}/u.test(w),
    );
    let corrected = indexText(text);
    if (candidates.length) {
      const fixes = await this.query<{ term: string; fix: string | null }>(
        `SELECT q.term, (SELECT w.word FROM search_words w WHERE w.word % q.term
                          ORDER BY similarity(w.word, q.term) DESC, w.documents DESC LIMIT 1) AS fix
         FROM unnest($1::text[]) AS q(term)
         WHERE NOT EXISTS (SELECT 1 FROM search_words w WHERE w.word = unaccent(q.term))`,
        [candidates],
      );
      for (const { term, fix } of fixes) {
        if (fix) corrected = corrected.replace(wordRe(term), fix);
      }
    }
    return { text: corrected, terms: words(corrected) };
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    await this.loadSynonyms();
    const { text, terms } = await this.correct(request.query);
    const variants = [text];
    for (const term of terms) {
      for (const synonym of this.synonyms[term] ?? []) {
        if (variants.length < 8) variants.push(text.replace(wordRe(term), synonym));
      }
    }
    const highlightTerms = [...new Set(variants.flatMap(words))];

    // websearch_to_tsquery keeps the syntax people know ("quoted phrase", -word, or); each variant is
    // parsed with 'simple' (exact words, any language) and 'english' (stems), and any of them may match.
    const params: unknown[] = [...variants];
    const tsquery = variants
      .map(
        (_, i) =>
          `websearch_to_tsquery('simple', unaccent($${i + 1})) || websearch_to_tsquery('english', unaccent($${i + 1}))`,
      )
      .join(' || ');
    let rows = await this.run(
      `SELECT ${tsquery} AS q`,
      ['d.tsv @@ q.q', ...this.filters(request, params)],
      params,
      request,
      // Title relevance decides; body-only matches follow, most recently active first (ranking them by the
      // whole document's tsvector would read every matching document's large vector).
      'ts_rank(d.title_tsv, q.q)',
      'd.title_tsv @@ q.q',
    );
    if (rows.total === 0 && request.offset === 0) {
      // Nothing matched as words: try the query as a fragment of a title, tolerant of typos (pg_trgm).
      const fragment = fold(request.query).trim();
      if (fragment.length >= 3) {
        const p: unknown[] = [fragment];
        rows = await this.run(
          'SELECT unaccent($1::text) AS q',
          ['q.q <% d.title_folded', ...this.filters(request, p)],
          p,
          request,
          'word_similarity(q.q, d.title_folded)',
          'q.q <% d.title_folded',
        );
      }
    }
    const facets = EMPTY_FACETS();
    for (const f of rows.facets ?? []) facets[f.f].push({ value: f.v, count: f.n } satisfies FacetCount);
    const page = (rows.hits ?? []).slice(0, request.limit);
    return {
      hits: page.map((h) => {
        const body = snippet(h.body, highlightTerms);
        const answers = !body.matched && h.answers ? snippet(h.answers, highlightTerms) : null;
        return {
          id: h.id,
          highlights: {
            title: highlight(h.title, highlightTerms),
            // The body's passage, or the answers' when only they match (found by its solution).
            snippet: answers?.matched ? answers.html : body.html,
          },
        };
      }),
      facets,
      estimatedTotal: rows.total,
      hasMore: (rows.hits ?? []).length > request.limit,
    };
  }

  private filters(request: SearchRequest, params: unknown[]): string[] {
    const f = request.filter ?? {};
    const where: string[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (f.categoryId) add('d.category_id = ?::uuid', f.categoryId);
    if (f.kind) add('d.kind = ?', f.kind);
    if (f.status) add('d.status = ?', f.status);
    if (f.tags?.length) add('d.tags @> ?::text[]', f.tags);
    return where;
  }

  /** One round trip: the page (with the text to highlight), the total and the facet counts. */
  private async run(
    querySql: string,
    where: string[],
    params: unknown[],
    request: SearchRequest,
    rank: string,
    titleCondition: string,
  ): Promise<SearchRow> {
    const titleWhere = [titleCondition, ...where.slice(1)];
    const p = [...params, request.limit + 1, request.offset];
    const [row] = await this.query<SearchRow>(
      `WITH q AS (${querySql}),
       -- Bounded work whatever the query: at most MATCH_CAP title matches (the most relevant), and only when
       -- there are fewer, at most MATCH_CAP other matches, are ranked and counted. A query matching half the
       -- community stays fast; its total and facets are then lower bounds, which the API calls an estimate.
       t AS MATERIALIZED (
         SELECT d.thread_id FROM search_documents d, q WHERE ${titleWhere.join(' AND ')} LIMIT ${MATCH_CAP}),
       c AS MATERIALIZED (
         SELECT thread_id FROM t
         UNION
         (SELECT d.thread_id FROM search_documents d, q
          WHERE ${where.join(' AND ')} AND (SELECT count(*) FROM t) < ${MATCH_CAP} LIMIT ${MATCH_CAP})),
       m AS MATERIALIZED (
         SELECT d.thread_id, d.category_id, d.kind, d.status, d.tags, d.last_activity_at, ${rank} AS rank
         FROM c JOIN search_documents d USING (thread_id), q),
       page AS (SELECT thread_id, rank, last_activity_at FROM m
                ORDER BY rank DESC, last_activity_at DESC, thread_id LIMIT $${p.length - 1} OFFSET $${p.length})
       SELECT (SELECT count(*)::int FROM m) AS total,
         (SELECT json_agg(json_build_object('id', d.thread_id, 'title', d.title, 'body', d.body,
                  'answers', left(d.answers, 2000)) ORDER BY page.rank DESC, page.last_activity_at DESC, page.thread_id)
            FROM page JOIN search_documents d USING (thread_id)) AS hits,
         (SELECT json_agg(x) FROM (
            (SELECT 'categoryId' AS f, category_id::text AS v, count(*)::int AS n FROM m GROUP BY 2 ORDER BY 3 DESC, 2 LIMIT ${FACET_SIZE})
            UNION ALL (SELECT 'kind', kind, count(*)::int FROM m GROUP BY 2 ORDER BY 3 DESC, 2 LIMIT ${FACET_SIZE})
            UNION ALL (SELECT 'status', status, count(*)::int FROM m GROUP BY 2 ORDER BY 3 DESC, 2 LIMIT ${FACET_SIZE})
            UNION ALL (SELECT 'tags', tag, count(*)::int FROM m, unnest(m.tags) AS tag GROUP BY 2 ORDER BY 3 DESC, 2 LIMIT ${FACET_SIZE})
          ) x) AS facets`,
      p,
    );
    return row;
  }

  async similar(request: SimilarRequest): Promise<string[]> {
    const draft = `${request.title} ${(request.body ?? '').slice(0, 500)}`;
    const folded = indexText(draft);
    if (!words(folded).length) return [];
    // The draft's words with how many documents hold each; English stop words left out.
    const known = (
      await this.query<{ word: string; n: number }>(
        `SELECT s.word, w.documents AS n FROM unnest(tsvector_to_array(to_tsvector('simple', unaccent($1)))) AS s(word)
       JOIN search_words w ON w.word = s.word
       WHERE numnode(plainto_tsquery('english', s.word)) > 0
       ORDER BY w.documents, s.word`,
        [folded],
      )
    ).filter((k) => /^[\p{L}\p{N}]+$/u.test(k.word));
    if (known.length) {
      // Candidates are titles holding every word of the draft, and only when there are too few of those,
      // titles holding one of its rarest words (bounded work on a large index). They are ranked by the
      // draft's words in the title and by trigram similarity of the whole title.
      const every = known.map((k) => k.word).join(' & ');
      const seeds = known
        .slice(0, SIMILAR_SEED_WORDS)
        .map((k) => k.word)
        .join(' | ');
      const all = known.map((k) => k.word).join(' | ');
      const rows = await this.query<{ id: string }>(
        `WITH q AS (SELECT to_tsquery('simple', $1) || to_tsquery('english', $1) AS every,
                           to_tsquery('simple', $2) || to_tsquery('english', $2) AS seeds,
                           to_tsquery('simple', $3) || to_tsquery('english', $3) AS words, unaccent($4::text) AS title),
         e AS MATERIALIZED (SELECT d.thread_id FROM search_documents d, q WHERE d.title_tsv @@ q.every LIMIT ${SIMILAR_CANDIDATES}),
         c AS MATERIALIZED (
           SELECT thread_id FROM e
           UNION
           (SELECT d.thread_id FROM search_documents d, q
            WHERE d.title_tsv @@ q.seeds AND (SELECT count(*) FROM e) < $5 LIMIT ${SIMILAR_CANDIDATES}))
         SELECT d.thread_id AS id FROM c JOIN search_documents d USING (thread_id), q
         ORDER BY ts_rank(d.title_tsv, q.words) * 2 + similarity(d.title_folded, q.title) DESC, d.thread_id
         LIMIT $5`,
        [every, seeds, all, indexText(request.title), request.limit],
      );
      if (rows.length) return rows.map((r) => r.id);
    }
    const rows = await this.query<{ id: string }>(
      `SELECT thread_id AS id FROM search_documents d, (SELECT unaccent($1::text) AS t) q
       WHERE d.title_folded % q.t ORDER BY similarity(d.title_folded, q.t) DESC, d.thread_id LIMIT $2`,
      [indexText(request.title), request.limit],
    );
    return rows.map((r) => r.id);
  }
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordRe = (term: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(term)}(?![\\p{L}\\p{N}])`, 'gu');
