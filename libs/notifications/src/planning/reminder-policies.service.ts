import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '@dondoc/core';
import { ReminderPolicyRecord } from '../entities/reminder-policy.entity';
import { DEFAULT_REMINDER_POLICY, normalisePolicy, ReminderPolicy } from '../policy/reminder-policy';

/** Another process (the API) may change a policy; this bounds how long the worker plans with the old one. */
const CACHE_TTL_MS = 30_000;
const GLOBAL = 'global';

export interface PolicySet {
  global: ReminderPolicy;
  /** The policy that applies to a directive's tasks: its own, else the global one. */
  forDirective(directiveId: string): ReminderPolicy;
}

/** The global reminder policy and per-directive overrides, read once and held briefly in memory. */
@Injectable()
export class ReminderPolicies {
  private cached?: { set: PolicySet; readAt: number };

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Inside a transaction, pass its EntityManager: see CalendarService.getCalendar. */
  async current(em?: EntityManager): Promise<PolicySet> {
    if (this.cached && performance.now() - this.cached.readAt < CACHE_TTL_MS) return this.cached.set;
    const readAt = performance.now();
    const rows = await (em ?? this.db.manager).getRepository(ReminderPolicyRecord).find();
    const global = rows.find((r) => r.scope === GLOBAL)?.rules ?? DEFAULT_REMINDER_POLICY;
    const overrides = new Map(rows.filter((r) => r.directiveId).map((r) => [r.directiveId!, r.rules]));
    const set: PolicySet = { global, forDirective: (id) => overrides.get(id) ?? global };
    this.cached = { set, readAt };
    return set;
  }

  /** The next read goes to the database (the worker calls this before re-planning after a change). */
  forget(): void {
    this.cached = undefined;
  }

  async getGlobal(): Promise<ReminderPolicy> {
    return (await this.current()).global;
  }

  /** The directive's own policy, or null when it follows the global one. */
  async getForDirective(directiveId: string, scopePath: string): Promise<ReminderPolicy | null> {
    await this.assertDirectiveInScope(directiveId, scopePath);
    const row = await this.db.getRepository(ReminderPolicyRecord).findOneBy({ scope: directiveId });
    return row?.rules ?? null;
  }

  async set(
    directiveId: string | null,
    rules: ReminderPolicy,
    actor: { id: string; scopePath: string },
  ): Promise<ReminderPolicy> {
    const normalised = normalisePolicy(rules);
    if (directiveId) await this.assertDirectiveInScope(directiveId, actor.scopePath);
    await this.db
      .getRepository(ReminderPolicyRecord)
      .upsert({ scope: directiveId ?? GLOBAL, directiveId, rules: normalised, updatedById: actor.id }, [
        'scope',
      ]);
    this.cached = undefined;
    return normalised;
  }

  /** The directive goes back to the global policy. */
  async clear(directiveId: string, scopePath: string): Promise<void> {
    await this.assertDirectiveInScope(directiveId, scopePath);
    await this.db.getRepository(ReminderPolicyRecord).delete({ scope: directiveId });
    this.cached = undefined;
  }

  private async assertDirectiveInScope(directiveId: string, scopePath: string): Promise<void> {
    const found = await this.db.query(
      `SELECT 1 FROM directives d JOIN units a ON a.id = d.authority_id WHERE d.id = $1 AND a.path LIKE $2`,
      [directiveId, `${scopePath}%`],
    );
    if (!found.length) {
      throw new DomainError('DIRECTIVE_NOT_FOUND', 'This directive does not exist or is not visible to you.');
    }
  }
}
