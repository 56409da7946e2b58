/**
 * Calendar dates as people in Vietnam see them: 'YYYY-MM-DD' strings, compared as strings,
 * with arithmetic done in UTC so no host time zone can shift a day.
 */
export type LocalDate = string;

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function toUtc(date: LocalDate): Date {
  if (!isLocalDate(date)) throw new RangeError(`Not a date: ${String(date)}`);
  return new Date(`${date}T00:00:00Z`);
}

function fromUtc(d: Date): LocalDate {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: LocalDate): number {
  return toUtc(date).getUTCDay();
}

/** Calendar days from a to b (positive when b is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

const localDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The date in Asia/Ho_Chi_Minh at an instant. */
export function localDateOf(instant: Date): LocalDate {
  return localDateFormat.format(instant);
}

const hourFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Minutes since local midnight in Asia/Ho_Chi_Minh at an instant. */
export function localMinutesOf(instant: Date): number {
  const [h, m] = hourFormat.format(instant).split(':').map(Number);
  return h * 60 + m;
}

/** The instant of a local wall-clock time in Asia/Ho_Chi_Minh (UTC+7 all year: no daylight saving since 1975). */
export function instantAt(date: LocalDate, minutes: number): Date {
  return new Date(toUtc(date).getTime() + (minutes - 7 * 60) * 60_000);
}

export function lastDayOfMonth(year: number, month: number): LocalDate {
  return fromUtc(new Date(Date.UTC(year, month, 0)));
}

/** dd/mm/yyyy, as Vietnamese documents write dates. */
export function formatVietnameseDate(date: LocalDate): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}
