// Writes a migration for whatever the entities declare that the migrations do not yet create (TypeORM's diff),
// computed against a scratch database that is dropped afterwards. Review the file before committing it.
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { createDataSource, migrate, pendingSchemaChanges } from '../apps/api/src/database/data-source';
import { withDatabase } from '../apps/api/src/database/embedded-postgres';
import { startScratchServer } from '../apps/api/src/database/scratch-server';
import { parseCommand } from './args.cjs';

const { positionals } = parseCommand({
  command: 'npm run migration:generate',
  summary:
    'Writes migrations/<timestamp>-<what-it-does>.ts with what the entities declare and the migrations lack\n' +
    '(computed on a scratch database, dropped afterwards). Review the file before committing it.',
  positionals: [
    { name: 'what-it-does', description: 'kebab-case name, e.g. add-thread-labels', required: true },
  ],
});

async function main() {
  const name = positionals[0];
  if (!/^[a-z0-9-]+$/.test(name)) {
    console.error(`"${name}" is not kebab-case (a-z, 0-9 and -). See --help.`);
    process.exit(2);
  }
  const server = await startScratchServer();
  const scratch = `migration_scratch_${Date.now()}`;
  const admin = new Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  const dataSource = createDataSource({ url: withDatabase(server.url, scratch) });
  try {
    await dataSource.initialize();
    await migrate(dataSource);
    const sql = await pendingSchemaChanges(dataSource);
    if (!sql.upQueries.length) {
      console.log('Entities and migrations agree: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = name.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()) + timestamp;
    const q = (s: string) =>
      '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
    const up = sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
    const down = sql.downQueries
      .slice()
      .reverse()
      .map((x) => `    await queryRunner.query(${q(x.query)});`)
      .join('\n');
    const file = `${timestamp}-${name}`;
    writeFileSync(
      join('migrations', `${file}.ts`),
      `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  public async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  public async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    const index = join('migrations', 'index.ts');
    const source = readFileSync(index, 'utf8')
      .replace(
        /(import \{ MigrationInterface \} from 'typeorm';\n)/,
        `$1import { ${className} } from './${file}';\n`,
      )
      .replace(/\];\s*$/, (m) => m)
      .replace(/= \[([^\]]*)\];/s, (_m, list: string) => {
        const items = list.trim() ? `${list.trim().replace(/,$/, '')}, ${className}` : className;
        return `= [${items}];`;
      });
    writeFileSync(index, source);
    console.log(
      `Wrote migrations/${file}.ts (${sql.upQueries.length} statements) and registered it in migrations/index.ts.`,
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
    await admin.end();
    await server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
