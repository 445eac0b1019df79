import { createTestDatabase, TestDatabase } from '@community/testing';
import { Pool } from 'pg';
import { searchIndexContract } from './contract';
import { PostgresSearchIndex, SqlQuery } from './postgres-index';

searchIndexContract('postgres', async () => {
  const db: TestDatabase = await createTestDatabase();
  const pool = new Pool({ connectionString: db.url, max: 2 });
  const query: SqlQuery = async (sql, params) => (await pool.query(sql, params)).rows;
  return {
    index: new PostgresSearchIndex(query),
    async close() {
      await pool.end();
      await db.drop();
    },
  };
});
