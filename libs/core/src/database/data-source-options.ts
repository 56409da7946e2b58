import { join } from 'node:path';
import { types } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// DATE stays the 'YYYY-MM-DD' text PostgreSQL sends: parsing it into a JS Date at local midnight
// would let the host's time zone move a deadline by a day.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

export const MIGRATIONS_GLOB = join(__dirname, 'migrations', '*.{ts,js}');

/** The one description of how we talk to PostgreSQL, shared by the apps, the migration command and tests. */
export function dataSourceOptions(
  config: AppConfig,
  entities: DataSourceOptions['entities'] = [],
): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    entities,
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    uuidExtension: 'pgcrypto',
    // A request that cannot get a connection in 10 s fails (and is logged) instead of hanging forever.
    extra: { max: config.DATABASE_POOL_SIZE, application_name: 'dondoc', connectionTimeoutMillis: 10_000 },
    // Timestamps travel as ISO instants; DATE columns stay 'YYYY-MM-DD' strings (no host time zone shifts).
    parseInt8: true,
  };
}
