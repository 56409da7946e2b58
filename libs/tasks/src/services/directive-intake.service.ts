import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { CalendarService, WorkingDayCalendar } from '@dondoc/calendar';
import { Clock, DomainError, foldDiacritics, formatVietnameseDate, LocalDate, validationError } from '@dondoc/core';
import { Directive, DirectiveClause, DirectiveKind } from '@dondoc/directives';
import { Unit, UnitGroup, UnitGroupsService } from '@dondoc/organizations';
import type { Actor } from '@dondoc/users';
import { Task } from '../entities/task.entity';
import { TaskUnit } from '../entities/task-unit.entity';
import { TaskEvents } from '../events/task-events';
import { appendJournal, JournalLine } from './journal';

export interface ClauseInput {
  title: string;
  description?: string;
  expectedOutput?: string | null;
  sourceText?: string | null;
  sourceStart?: number | null;
  sourceEnd?: number | null;
  /** Exactly one of leadUnitId and leadGroupId. A group yields one task per member unit. */
  leadUnitId?: string;
  leadGroupId?: string;
  coordinatingUnitIds?: string[];
  /** Null or absent: a standing task (thường xuyên). */
  dueDate?: LocalDate | null;
}

export interface DirectiveInput {
  kind: DirectiveKind;
  number?: string | null;
  title: string;
  issuingLeaderId?: string | null;
  meetingDate?: LocalDate | null;
  issueDate: LocalDate;
  sourceText?: string;
  clauses: ClauseInput[];
}

/** Records a directive and all the tasks its clauses give, in one transaction: all or nothing. */
@Injectable()
export class DirectiveIntakeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly groups: UnitGroupsService,
    private readonly calendar: CalendarService,
    private readonly events: TaskEvents,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, input: DirectiveInput): Promise<{ directive: Directive; taskIds: string[] }> {
    const calendar = await this.calendar.getCalendar();
    const leads = await Promise.all(input.clauses.map((c, i) => this.resolveLeads(actor, c, i)));
    if (input.issuingLeaderId) await this.assertLeader(actor, input.issuingLeaderId);
    try {
      return await this.db.transaction(async (em) => {
        const directive = await em.save(
          em.create(Directive, {
            authorityId: actor.scopeUnitId,
            kind: input.kind,
            number: input.number?.trim() || null,
            title: input.title.trim(),
            issuingLeaderId: input.issuingLeaderId ?? null,
            meetingDate: input.meetingDate ?? null,
            issueDate: input.issueDate,
            sourceText: input.sourceText ?? '',
            searchText: foldDiacritics(`${input.number ?? ''} ${input.title}`),
            createdById: actor.id,
          }),
        );
        const taskIds: string[] = [];
        for (const [i, clause] of input.clauses.entries()) {
          taskIds.push(...(await this.createClause(em, actor, directive, clause, i, leads[i], calendar)));
        }
        await this.events.changed(em, taskIds, 'created');
        return { directive, taskIds };
      });
    } catch (e) {
      if (
        e instanceof QueryFailedError &&
        (e.driverError as { constraint?: string }).constraint === 'uq_directives_authority_number'
      ) {
        throw new DomainError(
          'DIRECTIVE_NUMBER_TAKEN',
          `Your organisation already has a directive numbered "${input.number}".`,
          { field: 'number' },
        );
      }
      throw e;
    }
  }

  private async createClause(
    em: EntityManager,
    actor: Actor,
    directive: Directive,
    input: ClauseInput,
    index: number,
    leads: { units: Unit[]; group: UnitGroup | null },
    calendar: WorkingDayCalendar,
  ): Promise<string[]> {
    const clause = await em.save(
      em.create(DirectiveClause, {
        directiveId: directive.id,
        ordinal: index + 1,
        title: input.title.trim(),
        sourceText: input.sourceText ?? null,
        sourceStart: input.sourceStart ?? null,
        sourceEnd: input.sourceEnd ?? null,
        assignedGroupId: leads.group?.id ?? null,
      }),
    );
    const due = input.dueDate ? calendar.rollForward(input.dueDate) : null;
    const coordinating = await this.unitsInScope(
      em,
      actor,
      input.coordinatingUnitIds ?? [],
      `clauses.${index}.coordinatingUnitIds`,
    );
    const ids: string[] = [];
    const journal: JournalLine[] = [];
    for (const lead of leads.units) {
      const task = await em.save(
        em.create(Task, {
          directiveId: directive.id,
          clauseId: clause.id,
          title: clause.title,
          description: input.description?.trim() ?? '',
          expectedOutput: input.expectedOutput ?? null,
          leadUnitId: lead.id,
          originalDueDate: due,
          currentDueDate: due,
          searchText: foldDiacritics(
            [clause.title, input.description ?? '', directive.number ?? '', directive.title].join(' '),
          ),
          createdById: actor.id,
        }),
      );
      const others = coordinating.filter((u) => u.id !== lead.id);
      await em.insert(TaskUnit, [
        { taskId: task.id, unitId: lead.id, role: 'lead' },
        ...others.map((u) => ({ taskId: task.id, unitId: u.id, role: 'coordinating' as const })),
      ]);
      const rolled = input.dueDate && due !== input.dueDate;
      journal.push({
        taskId: task.id,
        actorId: actor.id,
        action: 'created',
        toState: 'new',
        taskVersion: task.version,
        note: rolled
          ? `Hạn ${formatVietnameseDate(input.dueDate!)} rơi vào ngày nghỉ, chuyển sang ngày làm việc tiếp theo ${formatVietnameseDate(due!)}.`
          : null,
      });
      ids.push(task.id);
    }
    await appendJournal(em, this.clock.now(), journal);
    return ids;
  }

  private async resolveLeads(
    actor: Actor,
    clause: ClauseInput,
    index: number,
  ): Promise<{ units: Unit[]; group: UnitGroup | null }> {
    const field = `clauses.${index}`;
    if (!!clause.leadUnitId === !!clause.leadGroupId) {
      throw validationError([
        { field: `${field}.leadUnitId`, messages: ['Give exactly one of leadUnitId and leadGroupId.'] },
      ]);
    }
    if (clause.leadUnitId) {
      return {
        units: await this.unitsInScope(this.db.manager, actor, [clause.leadUnitId], `${field}.leadUnitId`),
        group: null,
      };
    }
    const group = await this.groups.get(clause.leadGroupId!, actor.scopeUnitId).catch(() => {
      throw new DomainError(
        'UNIT_OUT_OF_SCOPE',
        `Clause ${index + 1}: this unit group is not one of your organisation's.`,
        { field: `${field}.leadGroupId` },
      );
    });
    const units = await this.groups.resolveMembers(group);
    if (!units.length) {
      throw new DomainError(
        'UNIT_OUT_OF_SCOPE',
        `Clause ${index + 1}: the group "${group.name}" has no active units.`,
        { field: `${field}.leadGroupId` },
      );
    }
    return { units, group };
  }

  /** The signer must be an active leader of the issuing authority itself. */
  private async assertLeader(actor: Actor, userId: string): Promise<void> {
    const [ok] = await this.db.query<unknown[]>(
      `SELECT 1 FROM users u JOIN units un ON un.id = u.unit_id
        WHERE u.id = $1 AND u.role = 'leader' AND u.active AND un.path LIKE $2`,
      [userId, `${actor.scopePath}%`],
    );
    if (!ok) {
      throw new DomainError('ISSUING_LEADER_INVALID', 'The issuing leader must be an active leader of your organisation.', {
        field: 'issuingLeaderId',
      });
    }
  }

  private async unitsInScope(em: EntityManager, actor: Actor, ids: string[], field: string): Promise<Unit[]> {
    const unique = [...new Set(ids)];
    if (!unique.length) return [];
    const units = await em
      .createQueryBuilder(Unit, 'u')
      .where('u.id = ANY(:ids)', { ids: unique })
      .andWhere('u.path LIKE :prefix', { prefix: `${actor.scopePath}%` })
      .andWhere('u.active')
      .getMany();
    if (units.length !== unique.length) {
      throw new DomainError(
        'UNIT_OUT_OF_SCOPE',
        'A unit named here does not exist, is inactive, or is outside your organisation.',
        { field },
      );
    }
    return unique.map((id) => units.find((u) => u.id === id)!);
  }
}
