import type { Scanner } from '../text/scan';
import type { Clause } from './clause';
import { Deadline, yieldsTo } from './deadlines';
import { sharedDeadline } from './lexicon';

export interface Span {
  start: number;
  end: number;
}

/** Who leads (and who helps) as far as the text has said. */
export interface LeadRef {
  lead: Span[];
  coordinating: Span[];
}

/**
 * What a block hands down to its list items: the lead an assigning verb named ("Giao Phòng X:"),
 * else the last subject, and a deadline stated for all of them.
 */
export interface Scope {
  assigned: LeadRef | null;
  subject: LeadRef | null;
  deadline: Deadline | null;
}

/** A task found in the text, in normalised offsets, before it becomes a DraftTask. */
export interface Finding {
  /** The scanner of its sentence: the mode it was read in. */
  sc: Scanner;
  start: number;
  end: number;
  actionStart: number;
  lead: Span[];
  coordinating: Span[];
  deadline: Deadline | null;
  block: number;
}

/** The lead a clause names itself: after an assigning verb, as its subject, or as its topic. */
export function leadOf(clause: Clause): LeadRef | null {
  const lead = clause.assigned?.length
    ? clause.assigned
    : (clause.subject ?? (clause.topicLead ? [clause.topicLead] : null));
  return lead ? { lead, coordinating: clause.coordinating } : null;
}

/** A deadline of the clause's own counts unless it is only a plan's year and the list states a firmer one. */
export function deadlineOf(own: Deadline | null, carried: Deadline | null): Deadline | null {
  return own && (own.rank >= 2 || own.standing) ? own : (carried ?? own);
}

/**
 * "Sở X rà soát ...; tham mưu ...; hoàn thành trong năm 2026." and "A tổng hợp ..., B rà soát ...,
 * cùng hoàn thành trong tháng 11": the deadline closing the sentence dates each of its tasks that
 * has none of its own (or only a plan's year).
 */
export function shareClosingDeadline(sc: Scanner, clauses: Clause[], emitted: Finding[]) {
  const last = clauses.at(-1);
  const shared = emitted.at(-1);
  if (!last || !shared || emitted.length < 2 || shared.end !== last.end) return;
  if (!last.closed && !sc.find(sharedDeadline, last.actionStart, last.end)) return;
  if (!shared.deadline || shared.deadline.rank < 2) return;
  for (const f of emitted) if (yieldsTo(f.deadline)) f.deadline = shared.deadline;
}
