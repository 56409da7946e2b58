import type { Block } from '../text/layout';
import type { NormalizedText } from '../text/normalize';
import type { Pattern } from '../text/pattern';
import { Scanner } from '../text/scan';
import { splitSentences } from '../text/sentences';
import type { Clause } from './clause';
import { listClauses } from './clause-list';
import { classify, opensConclusions, Zone } from './classify';
import { Deadline, DeadlineContext, findDeadlines, pickDeadline } from './deadlines';
import { MentionReader } from './mentions';
import { isClosingClause } from './split';

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

export interface BlockResult {
  findings: Finding[];
  scope: Scope;
  zone: Zone;
  /** The deadline of a block that only dates the tasks before it ("Thời hạn: trước ngày 20/12/2024."). */
  closing: Deadline | null;
}

/** The lead a clause names itself: after an assigning verb, as its subject, or as its topic. */
function ownLead(clause: Clause): LeadRef | null {
  const lead = clause.assigned?.length
    ? clause.assigned
    : (clause.subject ?? (clause.topicLead ? [clause.topicLead] : null));
  return lead ? { lead, coordinating: clause.coordinating } : null;
}

/** A deadline of the clause's own counts unless it is only a plan's year and the list states a firmer one. */
function deadlineOf(own: Deadline | null, carried: Deadline | null): Deadline | null {
  return own && (own.rank >= 2 || own.standing) ? own : (carried ?? own);
}

/** Reads the sentences of one block: splits them into clauses, decides which are tasks, tracks leads. */
export class SentenceWalker {
  constructor(
    private readonly doc: NormalizedText,
    private readonly deadlines: DeadlineContext,
    private readonly names: Pattern | null,
  ) {}

  /** Reads one block in `zone`; returns the zone it leaves off in (an instruction opens the conclusions). */
  block(block: Block, index: number, inherited: Scope, zone: Zone): BlockResult {
    const scope: Scope = { assigned: null, subject: null, deadline: null };
    const findings: Finding[] = [];
    let closing: Deadline | null = null;
    for (const sentence of splitSentences(this.doc, block.start, block.end)) {
      const sc = Scanner.forRange(this.doc, sentence.start, sentence.end);
      const reader = new MentionReader(sc, this.names);
      const leadInScope = !!(scope.assigned ?? scope.subject ?? inherited.assigned ?? inherited.subject);
      const context = { doc: this.doc, sc, reader, deadlines: this.deadlines, leadInScope };
      const clauses = listClauses(context, sentence.start, sentence.end);
      // A unit named in one clause leads the clauses after it in the same sentence; so does a leading deadline.
      let sentenceLead: LeadRef | null = null;
      let sentenceDeadline: Deadline | null = null;
      const emitted: Finding[] = [];
      for (const clause of clauses) {
        const verdict = classify(sc, clause, zone);
        const own = ownLead(clause);
        sentenceDeadline ??= clause.adverbial;
        if (clause.assigned || opensConclusions(sc, clause)) zone = 'directive';
        if (verdict === 'none') {
          if (own && (clause.assigned?.length || clause.subject)) sentenceLead = own;
          continue;
        }
        if (clause.explicit) zone = 'directive';
        const lead =
          own ?? sentenceLead ?? scope.assigned ?? scope.subject ?? inherited.assigned ?? inherited.subject;
        // What a heading says about coordination holds for its items; what a task says holds for that task.
        const carried = own && verdict === 'task' ? { lead: own.lead, coordinating: [] } : own;
        if (carried) sentenceLead = carried;
        if (clause.assigned?.length) scope.assigned = carried;
        else if (clause.subject) scope.subject = carried;
        const ownDeadline = pickDeadline(findDeadlines(sc, clause.spanStart, clause.end, this.deadlines));
        if (verdict === 'intro') {
          // "Trước ngày 15/9/2024, UBND các xã hoàn thành các nội dung sau:" dates every item below.
          const firm = ownDeadline && ownDeadline.rank >= 2 ? ownDeadline : null;
          scope.deadline = clause.adverbial ?? sentenceDeadline ?? firm ?? scope.deadline;
          continue;
        }
        const listDeadline = clause.adverbial ?? sentenceDeadline ?? scope.deadline ?? inherited.deadline;
        const coordinating = clause.coordinating.length ? clause.coordinating : (lead?.coordinating ?? []);
        emitted.push({
          sc,
          start: clause.spanStart,
          end: clause.end,
          actionStart: clause.actionStart,
          lead: lead?.lead ?? [],
          coordinating,
          deadline: deadlineOf(ownDeadline, listDeadline),
          block: index,
        });
      }
      if (emitted.length) closing = null;
      else if (clauses.length && this.onlyDates(sc, reader, sentence.start, sentence.end)) {
        const deadline = pickDeadline(findDeadlines(sc, sentence.start, sentence.end, this.deadlines));
        if (findings.length) for (const f of findings) f.deadline ??= deadline;
        else closing = deadline;
      }
      findings.push(...emitted);
    }
    const deadline = scope.deadline ?? inherited.deadline;
    return {
      findings,
      // Items below take the nearest lead: this block's own, else the one it inherited.
      scope: scope.assigned || scope.subject ? { ...scope, deadline } : { ...inherited, deadline },
      zone,
      closing: findings.length ? null : closing,
    };
  }

  /** A sentence that only states when the tasks before it are due: "Thời gian hoàn thành: trước ngày 30/11/2024." */
  private onlyDates(sc: Scanner, reader: MentionReader, start: number, end: number): boolean {
    return (
      findDeadlines(sc, start, end, this.deadlines).length > 0 &&
      isClosingClause(sc, reader, this.deadlines, start, end)
    );
  }
}
