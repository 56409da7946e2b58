import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  Between,
  EntityManager,
  FindOptionsWhere,
  LessThanOrEqual,
  MoreThanOrEqual,
  QueryFailedError,
  Repository,
} from 'typeorm';
import {
  dayOfWeek,
  DomainError,
  formatVietnameseDate,
  isLocalDate,
  LocalDate,
  validationError,
} from '@dondoc/core';
import {
  CALENDAR_EXCEPTION_KINDS,
  CalendarException,
  CalendarExceptionKind,
} from './calendar-exception.entity';
import { WorkingDayCalendar } from './working-day-calendar';

/** Another process (the worker, a second API) may edit the table; this bounds how long we miss it. */
export const CALENDAR_CACHE_TTL_MS = 60_000;

const NAME_MAX_LENGTH = 200;
const PG_UNIQUE_VIOLATION = '23505';

export interface NewCalendarException {
  date: LocalDate;
  kind: CalendarExceptionKind;
  name: string;
}

interface Snapshot {
  calendar: WorkingDayCalendar;
  /** performance.now() when the read began: monotonic, so neither Clock nor the host clock can stretch it. */
  readAt: number;
}

/**
 * The calendar exceptions an administrator keeps, and the WorkingDayCalendar built from them.
 * Every deadline, reminder and report asks for the calendar, so it is held in memory: rebuilt at
 * once after an edit made here, and otherwise at most CALENDAR_CACHE_TTL_MS old.
 */
@Injectable()
export class CalendarService {
  private snapshot?: Snapshot;
  private pendingRead?: Promise<WorkingDayCalendar>;
  /** Bumped by every edit, so a read that started before the edit never becomes the snapshot. */
  private generation = 0;

  constructor(
    @InjectRepository(CalendarException) private readonly exceptions: Repository<CalendarException>,
  ) {}

  /**
   * Code inside a transaction passes its EntityManager: when the calendar must be read, it is read
   * on the transaction's own connection. Waiting for another pooled connection there deadlocks as
   * soon as the pool is full of such transactions (each holds one and waits for one more).
   */
  async getCalendar(em?: EntityManager): Promise<WorkingDayCalendar> {
    const snapshot = this.snapshot;
    if (snapshot && performance.now() - snapshot.readAt < CALENDAR_CACHE_TTL_MS) return snapshot.calendar;
    if (em) return this.read(em);
    // Callers that arrive while a read is under way share it instead of each querying.
    if (!this.pendingRead) {
      const read = this.read();
      this.pendingRead = read;
      const forget = () => {
        if (this.pendingRead === read) this.pendingRead = undefined;
      };
      read.then(forget, forget);
    }
    return this.pendingRead;
  }

  /** Exceptions from `from` to `to`, both included, oldest first; either bound may be left open. */
  async list(from?: LocalDate, to?: LocalDate): Promise<CalendarException[]> {
    if (from !== undefined && !isLocalDate(from)) throw invalidDate('from', from);
    if (to !== undefined && !isLocalDate(to)) throw invalidDate('to', to);
    if (from && to && from > to) {
      throw validationError(
        [{ field: 'to', messages: ['must not be before from'] }],
        `The range ends (${to}) before it starts (${from}).`,
      );
    }
    const date = dateRange(from, to);
    // TypeORM 1.x refuses an undefined where value: no bound means no condition at all.
    return this.exceptions.find({ where: date ? { date } : {}, order: { date: 'ASC' } });
  }

  async add(input: NewCalendarException): Promise<CalendarException> {
    const name = input.name.trim();
    assertValid(input.date, input.kind, name);
    const exception = this.exceptions.create({ date: input.date, kind: input.kind, name });
    try {
      // insert, not save: save would quietly overwrite an existing row for that date.
      await this.exceptions.insert(exception);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError(
          'CALENDAR_EXCEPTION_EXISTS',
          `${formatVietnameseDate(input.date)} already has an exception. Delete it first to replace it.`,
          { field: 'date', date: input.date },
        );
      }
      throw error;
    } finally {
      this.forgetSnapshot();
    }
    return exception;
  }

  async remove(date: LocalDate): Promise<void> {
    if (!isLocalDate(date)) throw invalidDate('date', date);
    const result = await this.exceptions.delete({ date });
    this.forgetSnapshot();
    if (!result.affected) {
      throw new DomainError(
        'CALENDAR_EXCEPTION_NOT_FOUND',
        `${formatVietnameseDate(date)} has no calendar exception.`,
        { date },
      );
    }
  }

  private async read(em?: EntityManager): Promise<WorkingDayCalendar> {
    const generation = this.generation;
    const readAt = performance.now();
    const repository = em ? em.getRepository(CalendarException) : this.exceptions;
    const calendar = new WorkingDayCalendar(await repository.find({ order: { date: 'ASC' } }));
    if (generation === this.generation) this.snapshot = { calendar, readAt };
    return calendar;
  }

  private forgetSnapshot(): void {
    this.generation++;
    this.snapshot = undefined;
    this.pendingRead = undefined;
  }
}

function dateRange(from?: LocalDate, to?: LocalDate): FindOptionsWhere<CalendarException>['date'] {
  if (from && to) return Between(from, to);
  if (from) return MoreThanOrEqual(from);
  if (to) return LessThanOrEqual(to);
  return undefined;
}

/** An exception must change whether the day is worked; anything else is a mistake worth naming. */
function assertValid(date: LocalDate, kind: CalendarExceptionKind, name: string): void {
  if (!isLocalDate(date)) throw invalidDate('date', date);
  if (!CALENDAR_EXCEPTION_KINDS.includes(kind)) {
    throw validationError([
      { field: 'kind', messages: [`must be one of ${CALENDAR_EXCEPTION_KINDS.join(', ')}`] },
    ]);
  }
  if (!name || name.length > NAME_MAX_LENGTH) {
    throw validationError([{ field: 'name', messages: [`must be 1 to ${NAME_MAX_LENGTH} characters`] }]);
  }
  const weekend = [0, 6].includes(dayOfWeek(date));
  const shown = formatVietnameseDate(date);
  if (kind === 'working_day' && !weekend) {
    throw validationError(
      [{ field: 'kind', messages: ['working_day is only for a Saturday or Sunday'] }],
      `${shown} is a weekday and already a working day; a working_day exception is for a Saturday or Sunday worked (làm bù).`,
    );
  }
  if (kind !== 'working_day' && weekend) {
    throw validationError(
      [{ field: 'kind', messages: [`${kind} is only for a weekday`] }],
      `${shown} is a weekend and already a day off. If a holiday falls on it, record the day off given instead (nghỉ bù) on the next working day.`,
    );
  }
}

function invalidDate(field: string, value: unknown): DomainError {
  return validationError(
    [{ field, messages: ['must be a real date written YYYY-MM-DD'] }],
    `${field} is not a date: ${String(value)}`,
  );
}

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { code?: string } | undefined)?.code === PG_UNIQUE_VIOLATION
  );
}
