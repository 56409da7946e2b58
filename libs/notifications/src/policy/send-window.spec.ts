import { VIETNAM_PUBLIC_HOLIDAYS, WorkingDayCalendar } from '@dondoc/calendar';
import { digestMomentFor, maySendAt, nextAllowedMoment } from './send-window';

const calendar = new WorkingDayCalendar(VIETNAM_PUBLIC_HOLIDAYS);
/** A wall-clock time in Hà Nội (UTC+7) as an instant. */
const local = (iso: string) => new Date(`${iso}+07:00`);

describe('when a message may go out', () => {
  it('sends SMS only from 07:00 to 21:00 on a working day', () => {
    expect(maySendAt(local('2024-12-20T07:00:00'), 'sms', calendar)).toBe(true);
    expect(maySendAt(local('2024-12-20T20:59:00'), 'sms', calendar)).toBe(true);
    expect(maySendAt(local('2024-12-20T21:00:00'), 'sms', calendar)).toBe(false);
    expect(maySendAt(local('2024-12-20T06:59:00'), 'sms', calendar)).toBe(false);
  });

  it('sends email at any hour of a working day, but not on a day off', () => {
    expect(maySendAt(local('2024-12-20T23:30:00'), 'email', calendar)).toBe(true);
    expect(maySendAt(local('2024-12-21T10:00:00'), 'email', calendar)).toBe(false);
    expect(maySendAt(local('2025-01-01T10:00:00'), 'email', calendar)).toBe(false);
  });

  it('holds an SMS planned at night until 07:00 of the next working day', () => {
    expect(nextAllowedMoment(local('2024-12-20T22:15:00'), 'sms', calendar)).toEqual(
      local('2024-12-23T07:00:00'),
    );
    expect(nextAllowedMoment(local('2024-12-23T05:00:00'), 'sms', calendar)).toEqual(
      local('2024-12-23T07:00:00'),
    );
    expect(nextAllowedMoment(local('2024-12-31T21:30:00'), 'sms', calendar)).toEqual(
      local('2025-01-02T07:00:00'),
    );
  });

  it('holds an email planned on a day off until the next working morning, and leaves an allowed moment alone', () => {
    expect(nextAllowedMoment(local('2024-12-21T09:00:00'), 'email', calendar)).toEqual(
      local('2024-12-23T07:00:00'),
    );
    const allowed = local('2024-12-20T15:42:00');
    expect(nextAllowedMoment(allowed, 'email', calendar)).toBe(allowed);
  });

  it('puts a reminder into that morning’s digest at 07:30, or the next working day’s once it has gone', () => {
    expect(digestMomentFor(local('2024-12-20T06:00:00'), calendar)).toEqual(local('2024-12-20T07:30:00'));
    expect(digestMomentFor(local('2024-12-20T07:30:00'), calendar)).toEqual(local('2024-12-20T07:30:00'));
    expect(digestMomentFor(local('2024-12-20T09:00:00'), calendar)).toEqual(local('2024-12-23T07:30:00'));
    expect(digestMomentFor(local('2024-12-21T09:00:00'), calendar)).toEqual(local('2024-12-23T07:30:00'));
  });
});
