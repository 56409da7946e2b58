import type { EntityManager } from 'typeorm';
import type { Role } from '@dondoc/users';
import { DEFAULT_PREFERENCES, Recipient } from '../policy/channels';
import type { Audience } from '../policy/occurrences';
import type { ReminderPolicy } from '../policy/reminder-policy';
import type { TaskFacts } from './task-facts';

interface Person extends Recipient {
  role: Role;
  unitId: string;
}

/**
 * The people reminders may go to, for a set of tasks, read in one query: assignees, the heads of
 * the units involved and of their parents, and the leaders who issue directives. Inactive accounts
 * are never reminded.
 */
export class RecipientDirectory {
  private readonly ids = new Map<string, Person>();
  private readonly roles = new Map<string, Person[]>();

  private constructor(people: Person[]) {
    for (const p of people) {
      this.ids.set(p.id, p);
      const key = `${p.role}/${p.unitId}`;
      this.roles.set(key, [...(this.roles.get(key) ?? []), p]);
    }
  }

  static async load(em: EntityManager, tasks: Iterable<TaskFacts>): Promise<RecipientDirectory> {
    const userIds = new Set<string>();
    const unitIds = new Set<string>();
    for (const t of tasks) {
      if (t.assigneeId) userIds.add(t.assigneeId);
      if (t.issuingLeaderId) userIds.add(t.issuingLeaderId);
      [t.leadUnitId, t.leadUnitParentId, t.authorityId, ...t.coordinatingUnitIds].forEach(
        (id) => id && unitIds.add(id),
      );
    }
    if (!userIds.size && !unitIds.size) return new RecipientDirectory([]);
    const rows: {
      id: string;
      full_name: string;
      email: string | null;
      phone: string | null;
      role: Role;
      unit_id: string;
      p_email: boolean | null;
      p_sms: boolean | null;
      p_digest: boolean | null;
    }[] = await em.query(
      `SELECT u.id, u.full_name, u.email, u.phone, u.role, u.unit_id,
              p.email AS p_email, p.sms AS p_sms, p.digest AS p_digest
         FROM users u LEFT JOIN notification_preferences p ON p.user_id = u.id
        WHERE u.active AND (u.id = ANY($1::uuid[])
           OR (u.role IN ('unit_head', 'leader') AND u.unit_id = ANY($2::uuid[])))
        ORDER BY u.full_name, u.id`,
      [[...userIds], [...unitIds]],
    );
    return new RecipientDirectory(
      rows.map((r) => ({
        id: r.id,
        fullName: r.full_name,
        email: r.email,
        phone: r.phone,
        role: r.role,
        unitId: r.unit_id,
        preferences:
          r.p_email === null
            ? DEFAULT_PREFERENCES
            : { email: r.p_email, sms: r.p_sms ?? true, digest: r.p_digest ?? false },
      })),
    );
  }

  /**
   * Who an occurrence reminds. responsible: the assigned staff member, or the lead unit's heads when
   * none (plus coordinating heads if the policy says so); superior: the parent unit's heads, or its
   * leaders when the parent is the authority itself; issuing_leader: the directive's leader, or the
   * authority's leaders when the directive names none.
   */
  recipientsFor(audience: Audience, task: TaskFacts, policy: ReminderPolicy): Recipient[] {
    const found: Recipient[] = [];
    switch (audience) {
      case 'responsible': {
        const assignee = task.assigneeId ? this.byId(task.assigneeId) : undefined;
        found.push(...(assignee ? [assignee] : this.withRole('unit_head', task.leadUnitId)));
        if (policy.remindCoordinating) {
          for (const unitId of task.coordinatingUnitIds) found.push(...this.withRole('unit_head', unitId));
        }
        break;
      }
      case 'superior': {
        const parent = task.leadUnitParentId;
        if (parent) {
          const heads = this.withRole('unit_head', parent);
          found.push(...(heads.length ? heads : this.withRole('leader', parent)));
        }
        break;
      }
      case 'issuing_leader': {
        const leader = task.issuingLeaderId ? this.byId(task.issuingLeaderId) : undefined;
        found.push(...(leader ? [leader] : this.withRole('leader', task.authorityId)));
        break;
      }
    }
    return [...new Map(found.map((p) => [p.id, p])).values()];
  }

  private byId(id: string): Person | undefined {
    return this.ids.get(id);
  }

  private withRole(role: Role, unitId: string): Person[] {
    return this.roles.get(`${role}/${unitId}`) ?? [];
  }
}
