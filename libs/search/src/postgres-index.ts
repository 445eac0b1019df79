// The embedded default: Postgres full text over its own table, search_documents (migrations
// search-documents and search-relevance). Title, tags, body and answers are weighted A, B, C, D in one stored
// tsvector, built from accent-folded text (unaccent) with CJK as bigrams, both as exact words ('simple', any
// language) and stemmed per document ('english', or 'russian' for Cyrillic text). Queries drop question
// phrasing (stop words), correct typos against search_words (every indexed word with how many documents hold
// it, trigram-indexed with pg_trgm; swapped letters looked up as edits), and match all words first, then fewer, ranked by how rare the matched
// words are and where they occur. A query that still finds nothing falls back to trigram similarity on titles.
import { fold, highlight, indexText, queryTerms, snippet, stemmingConfig, words } from './text';
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

/**
 * The stored tsvector: title A, tags B, body C, answers D (ranking weighs them in that order). Each text is
 * indexed twice, as exact words ('simple', any language) and stemmed with the document's own configuration
 * (d.cfg: 'english' or 'russian', see stemmingConfig), all from accent-folded text with CJK as bigrams.
 */
const DOCUMENT_VECTOR = `
  setweight(to_tsvector('simple', unaccent(d.t)) || to_tsvector(d.cfg::regconfig, unaccent(d.t)), 'A') ||
  setweight(to_tsvector('simple', unaccent(d.g)), 'B') ||
  setweight(to_tsvector('simple', unaccent(d.b)) || to_tsvector(d.cfg::regconfig, unaccent(d.b)), 'C') ||
  setweight(to_tsvector('simple', unaccent(d.a)) || to_tsvector(d.cfg::regconfig, unaccent(d.a)), 'D')`;

const TITLE_VECTOR = `to_tsvector('simple', unaccent(d.t)) || to_tsvector(d.cfg::regconfig, unaccent(d.t))`;

/** The distinct words of a document (titles, tags, bodies and answers: a word found only in an answer must be
 * searchable as typed, not "corrected" to a title word), 2–40 characters, not numbers. They are what typos
 * are corrected to and how rare a word is counted (search_words.documents). */
const DOCUMENT_WORDS = `ARRAY(SELECT w FROM unnest(tsvector_to_array(to_tsvector('simple',
  unaccent(d.t || ' ' || d.g || ' ' || d.b || ' ' || d.a)))) AS w WHERE length(w) BETWEEN 2 AND 40 AND w !~ '^[0-9]')`;

/** Typo correction considers words at least this long (shorter ones have too many neighbours). */
const MIN_CORRECTABLE = 4;
/** How closely (pg_trgm similarity) a correction must resemble the word typed. */
const CORRECTION_SIMILARITY = 0.4;
/** Relaxed matching looks for candidates among documents holding one of the rarest query words. */
const SEED_WORDS = 4;
/** Most matches a search (or a similar-threads lookup) ranks and counts in each step. */
const MATCH_CAP = 200;
/** Facet values returned per facet. */
const FACET_SIZE = 20;
/** Most words of a query (or draft) that take part in matching. */
const MAX_TERMS = 12;
/** Words in more than this share of the documents are "in every question": similarThreads ignores them. */
const COMMON_SHARE = 0.3;
/**
 * How long this process reuses how many documents hold a known word (and how many documents there are)
 * instead of asking again: rarity moves slowly, and the process's own writes forget them at once. Words no
 * document holds (typos) are asked every time, so a word that becomes known is never missed.
 */
const WORD_STATS_TTL_MS = 30_000;
/** Most words remembered at once. */
const WORD_STATS_MAX = 20_000;

/** How much a query word found in each field counts, times its rarity: title > tags > body > answers. */
const FIELD_WEIGHTS = { A: 1, B: 0.7, C: 0.45, D: 0.25 } as const;

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

/** A query word as matching uses it: its alternatives (itself, a typo fix, synonyms) and its rarity. */
interface Term {
  word: string;
  /** tsquery text of the alternatives, e.g. "wifi | wi <-> fi"; a weight label goes after each word. */
  alternatives: string[][];
  /** Inverse document frequency: rarer words count more. */
  idf: number;
  /** In more than COMMON_SHARE of the documents. */
  common: boolean;
}

interface Analysis {
  terms: Term[];
  /** Typed word → the indexed word it was corrected to. */
  fixes: Map<string, string>;
  cfg: 'english' | 'russian';
}

export class PostgresSearchIndex implements SearchIndex {
  readonly engine = 'postgres';
  private synonyms: Record<string, string[]> = {};
  private synonymsLoadedAt = 0;
  /** `${cfg} ${word}` → how many documents hold the word (exactly, or by its stem); see WORD_STATS_TTL_MS. */
  private wordStats = new Map<string, number>();
  private documentCount = 0;
  private wordStatsAt = 0;

  constructor(private readonly query: SqlQuery) {}

  async prepare(): Promise<void> {
    const [row] = await this.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_tables WHERE tablename IN ('search_documents', 'search_words', 'search_settings')`,
    );
    if (row.n !== 3) throw new Error('The search tables are missing: run the migrations (npm run migrate).');
    await this.loadSynonyms(true);
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    this.forgetWordStats();
    const live = documents.filter((d) => !d.hidden);
    const hidden = documents.filter((d) => d.hidden).map((d) => d.id);
    if (hidden.length) await this.delete(hidden);
    if (!live.length) return;
    const rows = live.map((d) => {
      const answers = d.answers.slice(0, ANSWERS_TEXT_CAP);
      return {
        id: d.id,
        title: d.title,
        body: d.body,
        answers,
        tags: d.tags,
        category: d.categoryId,
        kind: d.kind,
        status: d.status,
        score: d.score,
        created: d.createdAt.toISOString(),
        activity: d.lastActivityAt.toISOString(),
        cfg: stemmingConfig(`${d.title} ${d.body}`),
        t: indexText(d.title),
        g: indexText(d.tags.join(' ')),
        b: indexText(d.body),
        a: indexText(answers),
      };
    });
    const json = JSON.stringify(rows);
    const records = `jsonb_to_recordset($1::jsonb) AS d(id uuid, title text, body text, answers text, tags text[],
      category uuid, kind text, status text, score int, created timestamptz, activity timestamptz,
      cfg text, t text, g text, b text, a text)`;
    // How many documents hold each word: the new words counted in, the replaced version's counted out. One
    // statement, sorted, so concurrent indexers take row locks in the same order and never deadlock.
    await this.query(
      `WITH d AS (SELECT * FROM ${records}),
       added AS (SELECT w, count(*)::int AS n FROM d, unnest(${DOCUMENT_WORDS}) AS w GROUP BY w),
       removed AS (SELECT w, -count(*)::int AS n FROM search_documents s, unnest(s.words) AS w
                   WHERE s.thread_id IN (SELECT id FROM d) GROUP BY w),
       delta AS (SELECT w, sum(n)::int AS n FROM (SELECT * FROM added UNION ALL SELECT * FROM removed) x
                 GROUP BY w HAVING sum(n) <> 0)
       INSERT INTO search_words (word, documents) SELECT w, n FROM delta ORDER BY w
       ON CONFLICT (word) DO UPDATE SET documents = search_words.documents + excluded.documents`,
      [json],
    );
    await this.query(
      `INSERT INTO search_documents (thread_id, title, body, answers, tags, category_id, kind, status, score,
         created_at, last_activity_at, title_folded, title_tsv, tsv, words, indexed_at)
       SELECT d.id, d.title, d.body, d.answers, d.tags, d.category, d.kind, d.status, d.score, d.created,
         d.activity, unaccent(d.t), ${TITLE_VECTOR}, ${DOCUMENT_VECTOR}, ${DOCUMENT_WORDS}, now()
       FROM ${records}
       ORDER BY d.id
       ON CONFLICT (thread_id) DO UPDATE SET title = excluded.title, body = excluded.body,
         answers = excluded.answers, tags = excluded.tags, category_id = excluded.category_id,
         kind = excluded.kind, status = excluded.status, score = excluded.score,
         created_at = excluded.created_at, last_activity_at = excluded.last_activity_at,
         title_folded = excluded.title_folded, title_tsv = excluded.title_tsv, tsv = excluded.tsv,
         words = excluded.words, indexed_at = now()`,
      [json],
    );
  }

  async delete(ids: string[]): Promise<void> {
    if (!ids.length) return;
    this.forgetWordStats();
    await this.query(
      `WITH gone AS (DELETE FROM search_documents WHERE thread_id = ANY($1::uuid[]) RETURNING words)
       INSERT INTO search_words (word, documents)
       SELECT w, -count(*)::int FROM gone, unnest(gone.words) AS w GROUP BY w ORDER BY w
       ON CONFLICT (word) DO UPDATE SET documents = search_words.documents + excluded.documents`,
      [ids],
    );
  }

  async clear(): Promise<void> {
    this.forgetWordStats();
    await this.query('TRUNCATE search_documents, search_words');
  }

  private forgetWordStats(): void {
    this.wordStats.clear();
    this.documentCount = 0;
    this.wordStatsAt = Date.now();
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

  /**
   * The query's words as matching uses them, in one round trip (none when every word was looked up
   * lately): how many documents hold each (exactly, or as its stem), the nearest indexed word for one that
   * no document holds (a likely typo, pg_trgm), and how many documents there are. Words no document holds,
   * even corrected, take no part.
   */
  private async analyse(text: string): Promise<Analysis> {
    const cfg = stemmingConfig(text);
    const typed = queryTerms(text).slice(0, MAX_TERMS);
    const synonymWords = typed.flatMap((w) => (this.synonyms[w] ?? []).flatMap(words));
    const lookup = [...new Set([...typed, ...synonymWords])];
    if (!lookup.length) return { terms: [], fixes: new Map(), cfg };
    if (Date.now() - this.wordStatsAt > WORD_STATS_TTL_MS || this.wordStats.size > WORD_STATS_MAX) {
      this.forgetWordStats();
    }
    const key = (word: string) => `${cfg} ${word}`;
    const asked = this.documentCount ? lookup.filter((w) => !this.wordStats.has(key(w))) : lookup;
    const rows = asked.length ? await this.lookUpWords(asked, cfg, synonymWords, typed) : [];
    for (const r of rows) {
      if (r.df !== null) this.wordStats.set(key(r.word), r.df);
    }
    if (rows.length) this.documentCount = rows[0].n;
    const byWord = new Map<string, { df: number | null; fix: string | null; fix_df: number | null }>(
      rows.map((r) => [r.word, r]),
    );
    for (const word of lookup) {
      const df = this.wordStats.get(key(word));
      if (!byWord.has(word) && df !== undefined) byWord.set(word, { df, fix: null, fix_df: null });
    }
    const total = this.documentCount || 1;
    const fixes = new Map<string, string>();
    const terms: Term[] = [];
    for (const word of typed) {
      const row = byWord.get(word);
      const fix = row?.fix ?? null;
      const base = fix ?? word;
      const synonyms = [...(this.synonyms[word] ?? []), ...(fix ? (this.synonyms[fix] ?? []) : [])];
      const known = [
        row?.df ?? null,
        row?.fix_df ?? null,
        ...synonyms.flatMap(words).map((w) => byWord.get(w)?.df ?? null),
      ].filter((n): n is number => n !== null);
      if (!known.length) continue;
      if (fix) fixes.set(word, fix);
      const df = Math.min(...known);
      terms.push({
        word: base,
        alternatives: [[base], ...synonyms.map(words).filter((w) => w.length)],
        idf: Math.log(1 + total / (df + 1)),
        common: total >= 20 && df > COMMON_SHARE * total,
      });
    }
    return { terms, fixes, cfg };
  }

  /** How many documents hold each word (exactly or by its stem), or the indexed word it is likely a typo of. */
  private lookUpWords(
    asked: string[],
    cfg: string,
    synonymWords: string[],
    typed: string[],
  ): Promise<{ word: string; df: number | null; fix: string | null; fix_df: number | null; n: number }[]> {
    return this.query(
      `SELECT q.word, coalesce(w.documents, s.documents) AS df, f.word AS fix, f.documents AS fix_df,
         (SELECT greatest(1, CASE WHEN c.reltuples > 1000 THEN c.reltuples::bigint
                                  ELSE (SELECT count(*) FROM search_documents) END)::int
            FROM pg_class c WHERE c.oid = 'search_documents'::regclass) AS n
       FROM unnest($1::text[]) AS q(word)
       LEFT JOIN search_words w ON w.word = q.word AND w.documents > 0
       LEFT JOIN LATERAL (
         SELECT coalesce((tsvector_to_array(to_tsvector($2::regconfig, q.word)))[1], '') AS stem) st ON true
       LEFT JOIN LATERAL (
         SELECT max(x.documents) AS documents FROM search_words x
         WHERE w.word IS NULL AND length(st.stem) >= 3 AND x.word LIKE st.stem || '%'
           AND x.documents > 0) s ON true
       LEFT JOIN LATERAL (
         SELECT x.word, x.documents FROM search_words x
         WHERE w.word IS NULL AND s.documents IS NULL AND NOT (q.word = ANY($4::text[]))
           AND length(q.word) >= ${MIN_CORRECTABLE} AND q.word ~ '^[[:alpha:]]'
           AND x.word % q.word AND similarity(x.word, q.word) >= $3 AND x.documents > 0
         ORDER BY similarity(x.word, q.word) DESC, x.documents DESC, x.word LIMIT 1) t ON true
       -- Two letters swapped or one too many change too many trigrams of a short word: look those edits up.
       LEFT JOIN LATERAL (
         SELECT x.word, x.documents FROM search_words x
         WHERE w.word IS NULL AND s.documents IS NULL AND t.word IS NULL AND NOT (q.word = ANY($4::text[]))
           AND x.word IN (SELECT e.edit FROM unnest($5::text[], $6::text[]) AS e(word, edit) WHERE e.word = q.word)
           AND x.documents > 0
         ORDER BY x.documents DESC, x.word LIMIT 1) e ON true
       CROSS JOIN LATERAL (SELECT coalesce(t.word, e.word) AS word, coalesce(t.documents, e.documents) AS documents) f`,
      [asked, cfg, CORRECTION_SIMILARITY, synonymWords, ...typoEdits(typed.filter((w) => asked.includes(w)))],
    );
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    await this.loadSynonyms();
    const { text, phrases, excluded } = parseQuery(request.query);
    const analysis = await this.analyse(text);
    const params: unknown[] = [];
    const where = this.filters(request, params);
    params.push(analysis.cfg);
    const cfgParam = `$${params.length}::regconfig`;
    for (const phrase of phrases) {
      params.push(indexText(phrase));
      where.push(`d.tsv @@ phraseto_tsquery('simple', unaccent($${params.length}))`);
    }
    for (const word of excluded) {
      params.push(indexText(word));
      where.push(
        `NOT d.tsv @@ (plainto_tsquery('simple', unaccent($${params.length})) || plainto_tsquery(${cfgParam}, unaccent($${params.length})))`,
      );
    }
    let rows: SearchRow = { total: 0, hits: [], facets: [] };
    if (analysis.terms.length) rows = await this.run(analysis.terms, where, params, cfgParam, request);
    if (rows.total === 0 && request.offset === 0 && !phrases.length) {
      // Nothing matched as words: try the query as a fragment of a title, tolerant of typos (pg_trgm).
      const fragment = fold(request.query).trim();
      if (fragment.length >= 3) {
        const p: unknown[] = [];
        const w = this.filters(request, p);
        p.push(fragment, request.limit + 1, request.offset);
        rows = await this.titleFragment(w, p);
      }
    }
    const highlightTerms = [
      ...new Set([
        ...words(text),
        ...analysis.terms.flatMap((t) => t.alternatives.flat()),
        ...phrases.flatMap(words),
      ]),
    ];
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
      suggestion: suggestion(request.query, analysis.fixes),
    };
  }

  private filters(request: Pick<SearchRequest, 'filter'>, params: unknown[]): string[] {
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
    if (f.excludeCategoryIds?.length) add('d.category_id <> ALL(?::uuid[])', [...f.excludeCategoryIds]);
    return where;
  }

  /**
   * Matching that degrades gracefully, in one round trip. Candidates: documents holding every word, looked
   * for field by field: in the title; when those fill less than the page, in title, tags or body; only then
   * anywhere, answers included. Only when all those fill less than the page, documents whose title, then
   * whose text, holds one of the rarest words join. Each candidate scores, per query word it holds, the
   * word's rarity times the weight of the best field holding it (title > tags > body > answers); documents
   * holding every word come first. Every word in the title is the highest score there is (not computed:
   * those documents are not read again), so a page filled from titles holds nothing that the whole vector's
   * candidates would rank above it. A GIN probe costs about as many documents as it matches, and words are
   * in far fewer titles and bodies than answers, so most searches never probe the whole vector. Bounded
   * work whatever the query: each step takes at most MATCH_CAP documents, so on a large index the total and
   * facets are lower bounds (the API calls them an estimate).
   */
  private async run(
    terms: Term[],
    where: string[],
    params: unknown[],
    cfgParam: string,
    request: { offset: number; limit: number },
    options: { seedsFrom?: Term[]; answersWeight?: number } = {},
  ): Promise<SearchRow> {
    const p = [...params];
    const add = (value: unknown) => {
      p.push(value);
      return `$${p.length}`;
    };
    const tsq = (text: string) => {
      const ref = add(text);
      return `(to_tsquery('simple', ${ref}) || to_tsquery(${cfgParam}, ${ref}))`;
    };
    const every = terms.map((t) => tsq(tsqueryText(t))).join(' && ');
    const seedTerms = [...(options.seedsFrom ?? terms)].sort((a, b) => b.idf - a.idf).slice(0, SEED_WORDS);
    const seeds = seedTerms.map((t) => tsq(tsqueryText(t))).join(' || ');
    const weights = { ...FIELD_WEIGHTS, D: options.answersWeight ?? FIELD_WEIGHTS.D };
    const termRows = terms.map((t) => ({
      idf: t.idf,
      q: tsqueryText(t),
      qa: tsqueryText(t, 'A'),
      qb: tsqueryText(t, 'B'),
      qc: tsqueryText(t, 'C'),
    }));
    const termsParam = add(JSON.stringify(termRows));
    const need = add(request.offset + request.limit + 1);
    const limit = add(request.limit + 1);
    const offset = add(request.offset);
    const filter = where.length ? `AND ${where.join(' AND ')}` : '';
    const [row] = await this.query<SearchRow>(
      `WITH q AS (SELECT ${every} AS every, ${seeds} AS seeds),
       x AS MATERIALIZED (
         SELECT x.idf,
           to_tsquery('simple', x.q) || to_tsquery(${cfgParam}, x.q) AS q,
           to_tsquery('simple', x.qa) || to_tsquery(${cfgParam}, x.qa) AS qa,
           to_tsquery('simple', x.qb) || to_tsquery(${cfgParam}, x.qb) AS qb,
           to_tsquery('simple', x.qc) || to_tsquery(${cfgParam}, x.qc) AS qc
         FROM jsonb_to_recordset(${termsParam}::jsonb) AS x(idf float8, q text, qa text, qb text, qc text)),
       t0 AS MATERIALIZED (
         SELECT d.thread_id, d.category_id, d.kind, d.status, d.tags, d.last_activity_at
         FROM search_documents d, q WHERE d.title_tsv @@ q.every ${filter} LIMIT ${MATCH_CAP}),
       t1 AS MATERIALIZED (
         SELECT d.thread_id FROM search_documents d, q
         WHERE (SELECT count(*) FROM t0) < ${need} AND d.rank_tsv @@ q.every ${filter} LIMIT ${MATCH_CAP}),
       c0 AS MATERIALIZED (
         SELECT thread_id FROM t0 UNION SELECT thread_id FROM t1
         UNION
         (SELECT d.thread_id FROM search_documents d, q
          WHERE (SELECT count(*) FROM t0) < ${need} AND (SELECT count(*) FROM t1) < ${need}
            AND d.tsv @@ q.every ${filter} LIMIT ${MATCH_CAP})),
       c1 AS MATERIALIZED (
         SELECT d.thread_id FROM search_documents d, q
         WHERE (SELECT count(*) FROM c0) < ${need} AND d.title_tsv @@ q.seeds ${filter} LIMIT ${MATCH_CAP}),
       c2 AS MATERIALIZED (
         SELECT d.thread_id FROM search_documents d, q
         WHERE (SELECT count(*) FROM c0) < ${need} AND (SELECT count(*) FROM c1) < ${MATCH_CAP}
           AND d.tsv @@ q.seeds ${filter} LIMIT ${MATCH_CAP}),
       c AS (SELECT thread_id, bool_or(every) AS every
             FROM (SELECT thread_id, true AS every FROM c0 UNION ALL SELECT thread_id, false FROM c1
                   UNION ALL SELECT thread_id, false FROM c2) u
             WHERE thread_id NOT IN (SELECT thread_id FROM t0) GROUP BY thread_id),
       m AS MATERIALIZED (
         -- Every word in the title: the highest score there is, with nothing to read or compute.
         SELECT t0.*, (SELECT sum(x.idf * ${weights.A}) FROM x) AS score, true AS every FROM t0
         UNION ALL
         SELECT d.thread_id, d.category_id, d.kind, d.status, d.tags, d.last_activity_at, s.score,
           s.matched = ${terms.length} AS every
         FROM c JOIN search_documents d USING (thread_id)
         -- A document holding every word (c0) is ranked on its title, tags and body (rank_tsv, kept in the
         -- row): a word in none of them is in its answers. Others need the whole vector (out of line, in
         -- TOAST), read once (|| makes an in-memory copy; OFFSET 0 keeps it one value), not once per check.
         CROSS JOIN LATERAL (SELECT CASE WHEN c.every THEN d.rank_tsv ELSE d.tsv || ''::tsvector END AS v
                             OFFSET 0) dv
         CROSS JOIN LATERAL (
           SELECT sum(x.idf * f.w) AS score, count(*) FILTER (WHERE f.w > 0) AS matched
           FROM x CROSS JOIN LATERAL (
             SELECT CASE WHEN NOT (c.every OR dv.v @@ x.q) THEN 0 WHEN dv.v @@ x.qa THEN ${weights.A}
                         WHEN dv.v @@ x.qb THEN ${weights.B} WHEN dv.v @@ x.qc THEN ${weights.C}
                         ELSE ${weights.D} END AS w) f) s),
       page AS (SELECT thread_id, every, score, last_activity_at FROM m
                ORDER BY every DESC, score DESC, last_activity_at DESC, thread_id LIMIT ${limit} OFFSET ${offset})
       SELECT (SELECT count(*)::int FROM m) AS total,
         (SELECT json_agg(json_build_object('id', d.thread_id, 'title', d.title, 'body', d.body,
                  'answers', left(d.answers, 2000))
                  ORDER BY page.every DESC, page.score DESC, page.last_activity_at DESC, page.thread_id)
            FROM page JOIN search_documents d USING (thread_id)) AS hits,
         ${FACETS_SQL}`,
      p,
    );
    return row;
  }

  /** Titles holding the query as a fragment, tolerant of typos (pg_trgm word similarity). */
  private async titleFragment(where: string[], p: unknown[]): Promise<SearchRow> {
    const n = p.length;
    const [row] = await this.query<SearchRow>(
      `WITH q AS (SELECT unaccent($${n - 2}::text) AS q),
       m AS MATERIALIZED (
         SELECT d.thread_id, d.category_id, d.kind, d.status, d.tags, d.last_activity_at,
           word_similarity(q.q, d.title_folded) AS score
         FROM search_documents d, q WHERE q.q <% d.title_folded ${where.length ? `AND ${where.join(' AND ')}` : ''}
         LIMIT ${MATCH_CAP}),
       page AS (SELECT thread_id, score, last_activity_at FROM m
                ORDER BY score DESC, last_activity_at DESC, thread_id LIMIT $${n - 1} OFFSET $${n})
       SELECT (SELECT count(*)::int FROM m) AS total,
         (SELECT json_agg(json_build_object('id', d.thread_id, 'title', d.title, 'body', d.body,
                  'answers', left(d.answers, 2000)) ORDER BY page.score DESC, page.last_activity_at DESC, page.thread_id)
            FROM page JOIN search_documents d USING (thread_id)) AS hits,
         ${FACETS_SQL}`,
      p,
    );
    return row;
  }

  /**
   * Likely duplicates of a draft: the same relaxed matching over its title and the start of its body, where
   * rare words weigh most and words most questions have ("problem", "app") take no part; answers count
   * little. A draft sharing no word with any title falls back to trigram similarity of titles.
   */
  async similar(request: SimilarRequest): Promise<string[]> {
    await this.loadSynonyms();
    const draft = `${request.title} ${(request.body ?? '').slice(0, 500)}`;
    const analysis = await this.analyse(draft);
    const distinctive = analysis.terms.filter((t) => !t.common);
    const terms = distinctive.length ? distinctive : analysis.terms;
    const exclude = { filter: { excludeCategoryIds: request.excludeCategoryIds } };
    if (terms.length) {
      const params: unknown[] = [analysis.cfg];
      const where = this.filters(exclude, params);
      const rows = await this.run(
        terms,
        where,
        params,
        '$1::regconfig',
        { offset: 0, limit: request.limit },
        {
          answersWeight: 0.1,
        },
      );
      const ids = (rows.hits ?? []).slice(0, request.limit).map((h) => h.id);
      if (ids.length) return ids;
    }
    const params: unknown[] = [indexText(request.title), request.limit];
    const where = this.filters(exclude, params);
    const rows = await this.query<{ id: string }>(
      `SELECT thread_id AS id FROM search_documents d, (SELECT unaccent($1::text) AS t) q
       WHERE d.title_folded % q.t ${where.map((w) => `AND ${w}`).join(' ')}
       ORDER BY similarity(d.title_folded, q.t) DESC, d.thread_id LIMIT $2`,
      params,
    );
    return rows.map((r) => r.id);
  }
}

const FACETS_SQL = `(SELECT json_agg(x) FROM (
    (SELECT 'categoryId' AS f, category_id::text AS v, count(*)::int AS n FROM m GROUP BY 2 ORDER BY 3 DESC, 2 LIMIT ${FACET_SIZE})
    UNION ALL (SELECT 'kind', kind, count(*)::int FROM m GROUP BY 2 ORDER BY 3 DESC, 2 LIMIT ${FACET_SIZE})
    UNION ALL (SELECT 'status', status, count(*)::int FROM m GROUP BY 2 ORDER BY 3 DESC, 2 LIMIT ${FACET_SIZE})
    UNION ALL (SELECT 'tags', tag, count(*)::int FROM m, unnest(m.tags) AS tag GROUP BY 2 ORDER BY 3 DESC, 2 LIMIT ${FACET_SIZE})
  ) x) AS facets`;

/** A term as tsquery text: its alternatives OR-ed, multi-word ones as phrases, each word limited to `weight`. */
function tsqueryText(term: Term, weight?: 'A' | 'B' | 'C' | 'D'): string {
  const label = weight ? `:${weight}` : '';
  return term.alternatives.map((alt) => `(${alt.map((w) => `${w}${label}`).join(' <-> ')})`).join(' | ');
}

/** Splits the web syntax people know off a query: "quoted phrases" (required) and -excluded words. */
function parseQuery(query: string): { text: string; phrases: string[]; excluded: string[] } {
  const phrases: string[] = [];
  const excluded: string[] = [];
  const text = query
    .replace(/"([^"]+)"/g, (_, phrase: string) => {
      if (words(phrase).length) phrases.push(phrase);
      return ' ';
    })
    .replace(/(^|\s)-([\p{L}\p{N}]+)/gu, (_, space: string, word: string) => {
      excluded.push(word);
      return space;
    });
  return { text: `${text} ${phrases.join(' ')}`, phrases, excluded };
}

/**
 * The words one slip away from each typed word that trigrams miss: two neighbouring letters swapped
 * ("andorid") or one letter too many ("firmwware"), as parallel arrays (typed word, edit) for unnest.
 */
function typoEdits(typed: string[]): [string[], string[]] {
  const from: string[] = [];
  const to: string[] = [];
  for (const word of typed) {
    const letters = [...word];
    if (letters.length < MIN_CORRECTABLE || !/^\p{L}+$/u.test(word)) continue;
    const edits = new Set<string>();
    for (let i = 0; i < letters.length; i++) {
      edits.add([...letters.slice(0, i), ...letters.slice(i + 1)].join(''));
      if (i + 1 < letters.length && letters[i] !== letters[i + 1])
        edits.add([...letters.slice(0, i), letters[i + 1], letters[i], ...letters.slice(i + 2)].join(''));
    }
    for (const edit of edits) {
      from.push(word);
      to.push(edit);
    }
  }
  return [from, to];
}

/** The query as typed with its corrections in place ("Did you mean …"), or null when nothing was corrected. */
function suggestion(query: string, fixes: Map<string, string>): string | null {
  if (!fixes.size) return null;
  let text = query.replace(/\s+/g, ' ').trim();
  for (const [word, fix] of fixes) {
    const replaced = text.replace(foldedWordRe(word), fix);
    // Accents typed in the word: replace in the folded query instead.
    text = replaced !== text ? replaced : fold(text).replace(foldedWordRe(word), fix);
  }
  return text;
}

const foldedWordRe = (term: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(term)}(?![\\p{L}\\p{N}])`, 'giu');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
