import { QueryFailedError, Repository } from 'typeorm';
import { DomainError } from '@dondoc/core';
import { CalendarException } from './calendar-exception.entity';
import { CALENDAR_CACHE_TTL_MS, CalendarService, NewCalendarException } from './calendar.service';

/** Just enough of a TypeORM repository, keyed by date like the table, counting the reads. */
class FakeExceptionRepository {
  readonly rows = new Map<string, CalendarException>();
  reads = 0;

  async find(): Promise<CalendarException[]> {
    this.reads++;
    return [...this.rows.values()].sort((a, b) => a.date.localeCompare(b.date));
  }

  create(input: NewCalendarException): CalendarException {
    return Object.assign(new CalendarException(), input);
  }

  async insert(exception: CalendarException): Promise<void> {
    if (this.rows.has(exception.date)) {
      const pgError = Object.assign(
        new Error('duplicate key value violates unique constraint "pk_calendar_exceptions"'),
        { code: '23505' },
      );
      throw new QueryFailedError('INSERT INTO calendar_exceptions', [], pgError);
    }
    this.rows.set(exception.date, exception);
  }

  async delete({ date }: { date: string }): Promise<{ raw: unknown[]; affected: number }> {
    return { raw: [], affected: this.rows.delete(date) ? 1 : 0 };
  }
}

const culturalDay: NewCalendarException = {
  date: '2026-11-24',
  kind: 'holiday',
  name: 'Ngày Văn hóa Việt Nam (24/11)',
};

function setUp() {
  const repository = new FakeExceptionRepository();
  const service = new CalendarService(repository as unknown as Repository<CalendarException>);
  return { repository, service };
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'not a DomainError';
  }
  return undefined;
}

describe('CalendarService', () => {
  afterEach(() => jest.useRealTimers());

  it('reads the table once and serves the cached calendar until the minute is up', async () => {
    jest.useFakeTimers();
    const { repository, service } = setUp();
    repository.rows.set('2026-11-24', Object.assign(new CalendarException(), culturalDay));

    expect((await service.getCalendar()).isWorkingDay('2026-11-24')).toBe(false);
    jest.advanceTimersByTime(CALENDAR_CACHE_TTL_MS - 1);
    await service.getCalendar();
    expect(repository.reads).toBe(1);

    // Another process deletes the row: seen once the minute has passed.
    repository.rows.clear();
    jest.advanceTimersByTime(1);
    expect((await service.getCalendar()).isWorkingDay('2026-11-24')).toBe(true);
    expect(repository.reads).toBe(2);
  });

  it('shares one read among callers arriving together', async () => {
    const { repository, service } = setUp();
    const [a, b] = await Promise.all([service.getCalendar(), service.getCalendar()]);
    expect(a).toBe(b);
    expect(repository.reads).toBe(1);
  });

  it('rebuilds the calendar at once after an add or a remove made here', async () => {
    const { repository, service } = setUp();
    expect((await service.getCalendar()).isWorkingDay('2026-11-24')).toBe(true);

    await service.add(culturalDay);
    expect((await service.getCalendar()).isWorkingDay('2026-11-24')).toBe(false);

    await service.remove('2026-11-24');
    expect((await service.getCalendar()).isWorkingDay('2026-11-24')).toBe(true);
    expect(repository.reads).toBe(3);
  });

  it('does not keep a read that began before an edit', async () => {
    const { service } = setUp();
    const before = service.getCalendar();
    await service.add(culturalDay);
    await before;
    expect((await service.getCalendar()).isWorkingDay('2026-11-24')).toBe(false);
  });

  it('trims the name and answers the stored row', async () => {
    const { repository, service } = setUp();
    const added = await service.add({ ...culturalDay, name: '  Ngày Văn hóa Việt Nam (24/11) ' });
    expect(added).toMatchObject(culturalDay);
    expect(repository.rows.get('2026-11-24')?.name).toBe('Ngày Văn hóa Việt Nam (24/11)');
  });

  it('answers CALENDAR_EXCEPTION_EXISTS for a date that already has one', async () => {
    const { service } = setUp();
    await service.add(culturalDay);
    expect(await codeOf(service.add({ ...culturalDay, name: 'Trùng ngày' }))).toBe(
      'CALENDAR_EXCEPTION_EXISTS',
    );
  });

  it('answers CALENDAR_EXCEPTION_NOT_FOUND when removing a date without one', async () => {
    const { service } = setUp();
    expect(await codeOf(service.remove('2026-11-25'))).toBe('CALENDAR_EXCEPTION_NOT_FOUND');
  });

  it.each([
    ['an impossible date', { date: '2026-02-30', kind: 'holiday', name: 'Không có ngày này' }],
    ['an unknown kind', { date: '2026-11-24', kind: 'day_off', name: 'Nghỉ' }],
    ['a blank name', { date: '2026-11-24', kind: 'holiday', name: '   ' }],
    ['a name too long for the column', { date: '2026-11-24', kind: 'holiday', name: 'x'.repeat(201) }],
    ['a làm bù on a weekday', { date: '2026-11-25', kind: 'working_day', name: 'Làm bù' }],
    [
      'a holiday on a Sunday (its nghỉ bù is what counts)',
      { date: '2026-04-26', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương' },
    ],
  ])('refuses %s', async (_, input) => {
    const { repository, service } = setUp();
    expect(await codeOf(service.add(input as NewCalendarException))).toBe('VALIDATION_FAILED');
    expect(repository.rows.size).toBe(0);
  });

  it('refuses a range that ends before it starts, and a malformed bound', async () => {
    const { service } = setUp();
    expect(await codeOf(service.list('2026-12-31', '2026-01-01'))).toBe('VALIDATION_FAILED');
    expect(await codeOf(service.list('2026-1-1'))).toBe('VALIDATION_FAILED');
    expect(await codeOf(service.remove('24/11/2026'))).toBe('VALIDATION_FAILED');
  });
});
