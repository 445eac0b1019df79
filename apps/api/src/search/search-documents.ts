// Builds search documents from Postgres, the source of truth. A read-only projection of threads and their
// answers (the indexer and reindex need the text in bulk, which ThreadsService does not offer).
import { markdownToText } from '@community/domain';
import { ANSWERS_TEXT_CAP, SearchDocument } from '@community/search';
import { EntityManager } from 'typeorm';

interface Row {
  id: string;
  title: string;
  body: string;
  tags: string[];
  category_id: string;
  kind: string;
  status: string;
  score: number;
  created_at: Date;
  last_activity_at: Date;
  hidden: boolean;
  answers: string[] | null;
}

const SELECT = `SELECT t.id, t.title, t.body, t.tags, t.category_id, t.kind, t.status, t.score, t.created_at,
    t.last_activity_at, (t.hidden_at IS NOT NULL OR t.deleted_at IS NOT NULL) AS hidden,
    (SELECT array_agg(a.body ORDER BY a.created_at) FROM answers a
      WHERE a.thread_id = t.id AND a.deleted_at IS NULL AND a.hidden_at IS NULL) AS answers
  FROM threads t`;

function toDocument(r: Row): SearchDocument {
  let answers = '';
  for (const body of r.answers ?? []) {
    if (answers.length >= ANSWERS_TEXT_CAP) break;
    answers += `${markdownToText(body)}\n`;
  }
  return {
    id: r.id,
    title: r.title,
    body: markdownToText(r.body),
    answers: answers.slice(0, ANSWERS_TEXT_CAP),
    tags: r.tags,
    categoryId: r.category_id,
    kind: r.kind,
    status: r.status,
    hidden: r.hidden,
    score: r.score,
    createdAt: new Date(r.created_at),
    lastActivityAt: new Date(r.last_activity_at),
  };
}

/** Documents for these threads; a thread that no longer exists is absent (delete it from the index). */
export async function loadDocuments(
  manager: Pick<EntityManager, 'query'>,
  ids: string[],
): Promise<SearchDocument[]> {
  const rows: Row[] = await manager.query(`${SELECT} WHERE t.id = ANY($1::uuid[])`, [ids]);
  return rows.map(toDocument);
}

/** A page of live threads in id order (reindex walks the table with it). */
export async function loadDocumentPage(
  manager: Pick<EntityManager, 'query'>,
  afterId: string | null,
  limit: number,
): Promise<SearchDocument[]> {
  const rows: Row[] = await manager.query(
    `${SELECT} WHERE t.deleted_at IS NULL AND t.hidden_at IS NULL AND ($1::uuid IS NULL OR t.id > $1) ORDER BY t.id LIMIT $2`,
    [afterId, limit],
  );
  return rows.map(toDocument);
}
