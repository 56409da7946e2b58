import { Injectable } from '@nestjs/common';
import { LocalDate, localDateOf } from './local-date';

/** The one source of "now", so tests and the demo can move time without touching the system clock. */
@Injectable()
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  today(): LocalDate {
    return localDateOf(this.now());
  }

  /** Tests only: make now() answer the given instant from here on. */
  setNow(instant: Date): void {
    this.offsetMs = instant.getTime() - Date.now();
  }
}
