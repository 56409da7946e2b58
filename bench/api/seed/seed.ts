import { hash } from '@node-rs/argon2';
import { Client } from 'pg';
import { BenchOptions, databaseUrl, Sizes } from '../options';
import { Progress, thousands } from '../progress';
import { databaseExists, deferIndexes, recreateDatabase, restoreIndexes } from './database';
import { planClauses, seedDirectives } from './directives';
import { DROP_HELPERS_SQL, HELPERS_SQL } from './helpers.sql';
import { seedJournal } from './journal';
import { seedGroups, seedUnits, seedUsers, unitShape } from './organisation';
import { seedExtensionRequests, seedTasks, seedTaskUnits } from './tasks';

/** Every seeded account signs in with this. */
export const BENCH_PASSWORD = 'bench-password';

export interface SeedOutcome {
  seeded: boolean;
  seconds: number;
  counts: Counts;
}

type Counts = Record<'tasks' | 'units' | 'users' | 'directives' | 'journal', number>;

async function countRows(db: Client): Promise<Counts> {
  const { rows } = await db.query<Record<keyof Counts, string>>(`
    SELECT (SELECT count(*) FROM tasks) AS tasks, (SELECT count(*) FROM units) AS units,
           (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM directives) AS directives,
           (SELECT count(*) FROM task_journal) AS journal`);
  const r = rows[0];
  return {
    tasks: Number(r.tasks),
    units: Number(r.units),
    users: Number(r.users),
    directives: Number(r.directives),
    journal: Number(r.journal),
  };
}

const matches = (c: Counts, s: Sizes) =>
  c.tasks === s.tasks && c.units === s.units && c.users === s.users && c.directives === s.directives;

/** Seeds the bench database, or with --reuse keeps it when it already holds these sizes. */
export async function ensureSeeded(opts: BenchOptions, progress: Progress): Promise<SeedOutcome> {
  if (opts.reuse && (await databaseExists(opts.serverUrl, opts.database))) {
    const db = new Client({ connectionString: databaseUrl(opts) });
    await db.connect();
    try {
      const counts = await countRows(db).catch(() => null);
      if (counts && matches(counts, opts.sizes)) {
        progress.log(`--reuse: ${opts.database} already holds these sizes; not seeding`);
        return { seeded: false, seconds: 0, counts };
      }
      progress.log(`--reuse: ${opts.database} holds other sizes; seeding afresh`);
    } finally {
      await db.end();
    }
  }
  const t0 = performance.now();
  const counts = await seed(opts, progress);
  return { seeded: true, seconds: (performance.now() - t0) / 1000, counts };
}

async function seed(opts: BenchOptions, progress: Progress): Promise<Counts> {
  const { sizes } = opts;
  const n = thousands;
  progress.log(
    `seeding ${opts.database}: ${n(sizes.tasks)} tasks, ${n(sizes.units)} units, ${n(sizes.users)} users, ` +
      `${n(sizes.directives)} directives over ${sizes.years} years`,
  );
  await progress.step(
    'database recreated and migrated',
    () => recreateDatabase(opts.serverUrl, opts.database),
    (applied) => applied.join(', '),
  );
  const db = new Client({ connectionString: databaseUrl(opts) });
  await db.connect();
  try {
    // A bulk load that is thrown away if it fails: no need to wait for each commit to reach disk.
    // JIT off: compiling the seed's long generated expressions takes LLVM minutes per statement.
    await db.query(
      `SET synchronous_commit = off; SET maintenance_work_mem = '1GB'; SET work_mem = '256MB'; SET jit = off`,
    );
    await db.query(HELPERS_SQL);
    const passwordHash = await hash(BENCH_PASSWORD);
    await progress.step(
      'units',
      () => seedUnits(db, sizes),
      (rows) => `${n(rows)} rows`,
    );
    await progress.step(
      'unit groups',
      () => seedGroups(db),
      (rows) => `${n(rows)} rows`,
    );
    await progress.step(
      'users',
      () => seedUsers(db, sizes, passwordHash),
      (rows) => `${n(rows)} rows`,
    );
    await progress.step(
      'directives',
      () => seedDirectives(db, sizes),
      (rows) => `${n(rows)} rows`,
    );
    await db.query(`ANALYZE bench.units, bench.users, bench.directives, bench.staff`);
    await progress.step(
      'directive clauses',
      () => planClauses(db, sizes),
      (r) => `${n(r.clauses)} rows (${(r.share * 100).toFixed(1)}% of clauses go to a group)`,
    );
    await db.query(`ANALYZE bench.clauses`);
    const ddl = await deferIndexes(db);
    progress.log(
      `dropped ${ddl.indexes.length} indexes and ${ddl.foreignKeys.length} foreign keys for the bulk load`,
    );
    await progress.step(
      'tasks',
      () => seedTasks(db, sizes, 10, (done) => progress.log(`  tasks ${n(done)} / ${n(sizes.tasks)}`)),
      (rows) => `${n(rows)} rows`,
    );
    await progress.step(
      'task units',
      () => seedTaskUnits(db, unitShape(sizes).level1),
      (rows) => `${n(rows)} rows`,
    );
    await progress.step(
      'extension requests',
      () => seedExtensionRequests(db),
      (rows) => `${n(rows)} rows`,
    );
    await progress.step(
      'journal',
      () => seedJournal(db, (step, rows) => progress.log(`  journal ${step}: ${n(rows)} rows`)),
      (rows) => `${n(rows)} rows`,
    );
    await progress.step('indexes and foreign keys rebuilt', () =>
      restoreIndexes(db, ddl, (name, s) => progress.log(`  ${name} (${s.toFixed(1)} s)`)),
    );
    await db.query(DROP_HELPERS_SQL);
    await progress.step('VACUUM ANALYZE', () => db.query('VACUUM (ANALYZE)'));
    return await countRows(db);
  } finally {
    await db.end();
  }
}
