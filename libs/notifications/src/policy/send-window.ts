import { instantAt, LocalDate, localDateOf, localMinutesOf } from '@dondoc/core';
import type { WorkingDayCalendar } from '@dondoc/calendar';
import { DIGEST_AT_MINUTES } from './reminder-policy';

export const CHANNELS = ['email', 'sms'] as const;
export type Channel = (typeof CHANNELS)[number];

/** No SMS from 21:00 to 07:00 (Asia/Ho_Chi_Minh). */
export const SMS_QUIET_FROM_MINUTES = 21 * 60;
export const SMS_QUIET_UNTIL_MINUTES = 7 * 60;
/** A message held back from a day off goes out at this local time of the next working day. */
export const DAY_START_MINUTES = 7 * 60;

const MAX_DAYS_AHEAD = 60;

/** The local minutes of the day during which a channel may send: [from, until). */
function windowOf(channel: Channel): [number, number] {
  return channel === 'sms' ? [SMS_QUIET_UNTIL_MINUTES, SMS_QUIET_FROM_MINUTES] : [0, 24 * 60];
}

/** Whether a message on this channel may go out at this instant: a working day, and for SMS not at night. */
export function maySendAt(instant: Date, channel: Channel, calendar: WorkingDayCalendar): boolean {
  if (!calendar.isWorkingDay(localDateOf(instant))) return false;
  const [from, until] = windowOf(channel);
  const minutes = localMinutesOf(instant);
  return minutes >= from && minutes < until;
}

/** The first instant at or after `instant` when the channel may send (the instant itself when it may). */
export function nextAllowedMoment(instant: Date, channel: Channel, calendar: WorkingDayCalendar): Date {
  if (maySendAt(instant, channel, calendar)) return instant;
  const [from] = windowOf(channel);
  const date = localDateOf(instant);
  if (calendar.isWorkingDay(date) && localMinutesOf(instant) < Math.max(from, DAY_START_MINUTES)) {
    // Early on a working day: later the same morning. (Email is allowed at night, so only SMS lands here.)
    return instantAt(date, Math.max(from, DAY_START_MINUTES));
  }
  return instantAt(nextWorkingDayAfter(date, calendar), Math.max(from, DAY_START_MINUTES));
}

/** The morning digest that will carry a reminder due at `instant`: 07:30 that day, or the next working day's. */
export function digestMomentFor(instant: Date, calendar: WorkingDayCalendar): Date {
  const date = localDateOf(instant);
  const today = instantAt(date, DIGEST_AT_MINUTES);
  if (calendar.isWorkingDay(date) && instant.getTime() <= today.getTime()) return today;
  return instantAt(nextWorkingDayAfter(date, calendar), DIGEST_AT_MINUTES);
}

function nextWorkingDayAfter(date: LocalDate, calendar: WorkingDayCalendar): LocalDate {
  const next = calendar.addWorkingDays(date, 1);
  if (next > localDateOf(new Date(instantAt(date, 0).getTime() + MAX_DAYS_AHEAD * 86_400_000))) {
    throw new RangeError(`No working day within ${MAX_DAYS_AHEAD} days after ${date}`);
  }
  return next;
}
