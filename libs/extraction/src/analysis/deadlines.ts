import type { LocalDate } from '@dondoc/core';
import type { WorkingDayCalendar } from '@dondoc/calendar';
import { DEADLINE_RULES } from '../rules/deadlines';
import { Pattern } from '../text/pattern';
import type { Scanner } from '../text/scan';
import { resolve } from './deadline-dates';
import { avoidance, deadlineStart } from './lexicon';

export interface DeadlineContext {
  meetingDate: LocalDate;
  calendar: WorkingDayCalendar;
}

/** A deadline phrase found in the text and what it resolves to. */
export interface Deadline {
  start: number;
  end: number;
  rank: number;
  /** null: no date (a standing task, or a period counted from an event nobody can date yet). */
  date: LocalDate | null;
  standing: boolean;
  /** Counted from an event the text does not date ("kể từ ngày nhận đủ hồ sơ"). */
  unknownAnchor: boolean;
}

const rules = DEADLINE_RULES.map((rule) => ({ ...rule, compiled: Pattern.regex(rule.pattern) }));
const found = new WeakMap<Scanner, Deadline[]>();
/** The deadline phrase starting exactly at pos, if any ("Từ nay đến cuối năm, ..."). */
export function deadlineAt(sc: Scanner, pos: number, to: number, ctx: DeadlineContext): Deadline | null {
  if (!sc.at(deadlineStart, pos, to)) return null;
  let best: Deadline | null = null;
  for (const rule of rules) {
    const hit = sc.at(rule.compiled, pos, to);
    if (!hit) continue;
    const value = resolve(rule.kind, hit.match?.groups ?? {}, sc.mode, ctx);
    if (value === undefined) continue;
    const d = { start: pos, end: sc.trimEnd(pos, hit.end, ','), rank: rule.rank, ...value };
    if (!best || d.rank > best.rank || (d.rank === best.rank && d.end > best.end)) best = d;
  }
  return best;
}

/**
 * Every deadline phrase in [from, to), overlaps resolved in favour of the stronger, then the
 * longer. The scanner's whole sentence is read once and each clause takes its share.
 */
export function findDeadlines(sc: Scanner, from: number, to: number, ctx: DeadlineContext): Deadline[] {
  let all = found.get(sc);
  if (!all) found.set(sc, (all = scanDeadlines(sc, sc.start, sc.end, ctx)));
  if (from < sc.start || to > sc.end) return scanDeadlines(sc, from, to, ctx);
  if (from === sc.start && to === sc.end) return all;
  return all.length ? all.filter((d) => d.start >= from && d.end <= to) : all;
}

function scanDeadlines(sc: Scanner, from: number, to: number, ctx: DeadlineContext): Deadline[] {
  const found: Deadline[] = [];
  // Every rule starts with one of a few words: try the rules only where such a word stands.
  for (const start of sc.iterate(deadlineStart, from, to)) {
    for (const rule of rules) {
      const hit = sc.at(rule.compiled, start.index, to);
      if (!hit) continue;
      const value = resolve(rule.kind, hit.match?.groups ?? {}, sc.mode, ctx);
      if (value === undefined) continue;
      found.push({ start: hit.index, end: sc.trimEnd(hit.index, hit.end, ','), rank: rule.rank, ...value });
    }
  }
  found.sort((a, b) => b.rank - a.rank || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Deadline[] = [];
  for (const d of found) if (!kept.some((k) => d.start < k.end && k.start < d.end)) kept.push(d);
  return kept.sort((a, b) => a.start - b.start);
}

/** Deadlines of [from, to) but those inside a phrase of what to avoid ("không để dồn vào cuối năm"), which runs to a comma. */
export function statedDeadlines(sc: Scanner, from: number, to: number, ctx: DeadlineContext): Deadline[] {
  const all = findDeadlines(sc, from, to, ctx);
  if (!all.length) return all;
  const avoided = [...sc.iterate(avoidance, from, to)].map((hit) => {
    const comma = sc.s.slice(hit.end, to).search(/[,;]/);
    return { start: hit.index, end: comma < 0 ? to : hit.end + comma };
  });
  return all.filter((d) => !avoided.some((a) => a.start <= d.start && d.end <= a.end));
}

/** The deadline a clause states: the highest rank, the first among equals; a dated one before "thường xuyên". */
export function pickDeadline(deadlines: Deadline[]): Deadline | null {
  let best: Deadline | null = null;
  for (const d of deadlines) if (!best || d.rank > best.rank) best = d;
  return best;
}

/** Whether `d` gives way to a deadline stated for a whole list: absent, or only a plan's year. */
export function yieldsTo(d: Deadline | null): boolean {
  return !d || (d.rank < 2 && !d.standing);
}
