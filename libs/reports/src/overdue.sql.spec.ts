import type { Actor } from '@dondoc/users';
import { overdueConditions } from './overdue.sql';

const actor = (role: Actor['role']): Actor => ({
  id: 'u',
  username: 'u',
  fullName: 'U',
  role,
  unitId: 'unit',
  scopeUnitId: 'root',
  scopePath: '/root/',
});
const cutoffs = { today: '2025-01-06', dueSoonBefore: '2025-01-10' };

describe('overdueConditions', () => {
  it('names the open states as literals, so the planner can use the partial index ix_tasks_open_due', () => {
    expect(overdueConditions({ actor: actor('leader') }, cutoffs).perTask).toContain(
      `t.state IN ('new', 'in_progress', 'awaiting_confirmation', 'paused', 'returned')`,
    );
  });

  it('checks a leader’s scope once per lead unit, after counting', () => {
    const c = overdueConditions({ actor: actor('leader') }, cutoffs);
    expect(c.perTask).not.toContain('scopePrefix');
    expect(c.perLeadUnit).toContain(
      's.lead_unit_id IN (SELECT su.id FROM units su WHERE su.path LIKE :scopePrefix)',
    );
    expect(c.params).toEqual({ scopePrefix: '/root/%', today: '2025-01-06' });
  });

  it('checks a unit head’s scope on each task, which his unit may lead or coordinate', () => {
    const c = overdueConditions({ actor: actor('unit_head') }, cutoffs);
    expect(c.perTask).toContain('t.id IN (SELECT stu.task_id FROM task_units stu');
    expect(c.perLeadUnit).toBe('TRUE');
  });

  it('adds the unit subtree and directive filters', () => {
    const c = overdueConditions({ actor: actor('office'), unitPath: '/root/a/', directiveId: 'd' }, cutoffs);
    expect(c.perTask).toContain('fu.path LIKE :unitPrefix');
    expect(c.perTask).toContain('t.directive_id = :directiveId');
    expect(c.params).toMatchObject({ unitPrefix: '/root/a/%', directiveId: 'd' });
  });
});
