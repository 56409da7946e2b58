import { MigrationInterface, QueryRunner } from 'typeorm';
import { VIETNAM_PUBLIC_HOLIDAYS } from '@dondoc/calendar';

/**
 * Ships the official 2024–2026 state-sector schedules (holidays, nghỉ bù, hoán đổi, làm bù) so
 * deadlines are right from the first start. An administrator may already have entered some of
 * these dates; their rows win.
 */
export class VietnamHolidays2024To20261795336600000 implements MigrationInterface {
  name = 'VietnamHolidays2024To20261795336600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const { dates, kinds, names } = columns();
    await queryRunner.query(
      `INSERT INTO "calendar_exceptions" ("date", "kind", "name")
       SELECT * FROM unnest($1::date[], $2::varchar[], $3::varchar[])
       ON CONFLICT ("date") DO NOTHING`,
      [dates, kinds, names],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Only rows still as shipped: a date an administrator entered or replaced stays.
    const { dates, kinds, names } = columns();
    await queryRunner.query(
      `DELETE FROM "calendar_exceptions" AS e
       USING unnest($1::date[], $2::varchar[], $3::varchar[]) AS shipped ("date", "kind", "name")
       WHERE e."date" = shipped."date" AND e."kind" = shipped."kind" AND e."name" = shipped."name"`,
      [dates, kinds, names],
    );
  }
}

function columns() {
  return {
    dates: VIETNAM_PUBLIC_HOLIDAYS.map((row) => row.date),
    kinds: VIETNAM_PUBLIC_HOLIDAYS.map((row) => row.kind),
    names: VIETNAM_PUBLIC_HOLIDAYS.map((row) => row.name),
  };
}
