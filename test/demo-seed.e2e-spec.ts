import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { TIMELINESS, TasksQueryService } from '@dondoc/tasks';
import { AuthService, UsersService } from '@dondoc/users';
import { createTestDatabase, dropDatabase, testConfig } from '@dondoc/testing';
import { DemoSeeder } from '../apps/api/src/cli/demo-seeder';
import { SeedModule } from '../apps/api/src/cli/seed.module';

/** npm run demo promises lists that show every timeliness: hold it to that. */
describe('the demo data', () => {
  it('loads once, through the real services, and the leader sees every timeliness', async () => {
    const db = await createTestDatabase();
    const app = await NestFactory.createApplicationContext(SeedModule.register(testConfig(db.url)), {
      logger: ['error'],
    });
    try {
      const seeder = new DemoSeeder(app, join(__dirname, '..', 'scripts', 'demo', 'data'));
      expect(await seeder.alreadyLoaded()).toBe(false);
      const people = await seeder.run();
      expect(people.map((p) => p.role)).toEqual(
        expect.arrayContaining(['admin', 'leader', 'office', 'unit_head', 'unit_staff']),
      );
      expect(await seeder.alreadyLoaded()).toBe(true);

      const leader = await app.get(UsersService).findForLogin('chutich');
      const actor = await app.get(AuthService).actorOf(leader!);
      const page = await app.get(TasksQueryService).list(actor, { sort: 'urgency', page: 1, pageSize: 200 });
      expect(page.total).toBeGreaterThan(40);
      const seen = new Set(page.items.map((t) => t.timeliness));
      expect([...TIMELINESS].filter((t) => !seen.has(t))).toEqual([]);
      expect(page.items.some((t) => t.originalDueDate !== t.currentDueDate)).toBe(true);
      expect(page.items.some((t) => t.state === 'awaiting_confirmation')).toBe(true);
    } finally {
      await app.close();
      await dropDatabase(db.name);
    }
  });
});
