import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@dondoc/core';
import { ALL_ENTITIES } from '@dondoc/schema';
import { createTestDatabase, dropDatabase, testConfig } from '@dondoc/testing';

/**
 * The migrations are the only way the schema changes: migrating from zero must give exactly what
 * the entities describe. A failure lists the SQL a new migration must hold
 * (npm run migration:generate -- libs/core/src/database/migrations/<Name>).
 */
describe('schema drift', () => {
  it('finds nothing to change between the migrated database and the entities', async () => {
    const db = await createTestDatabase();
    const ds = new DataSource(dataSourceOptions(testConfig(db.url), ALL_ENTITIES));
    await ds.initialize();
    try {
      const sql = await ds.driver.createSchemaBuilder().log();
      expect(sql.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await ds.destroy();
      await dropDatabase(db.name);
    }
  });
});
