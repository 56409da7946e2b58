import { markerAt } from '../text/layout';
import type { Scanner } from '../text/scan';
import { findAssignment, parenthesizedLead } from './assignment';
import { Deadline, DeadlineContext, deadlineAt } from './deadlines';
import {
  accountability,
  connectives,
  coordination,
  coordinationWith,
  groupNouns,
  leadRole,
  modals,
  topicPrefixes,
  unitTopicPrefixes,
} from './lexicon';
import type { Mention, MentionReader } from './mentions';

/** What the head of a clause says before its action: who assigns, who leads, who helps, by when. */
export interface Clause {
  start: number;
  end: number;
  /** Where the task's source text begins: past connectives, topic phrases and the speaker. */
  spanStart: number;
  actionStart: number;
  /** Units named after an assigning verb; [] when the verb names nobody ("chỉ đạo đẩy nhanh ..."). */
  assigned: Mention[] | null;
  subject: Mention[] | null;
  /** "Đối với các xã đã đăng ký ..., tiếp tục ...": the topic names the lead. */
  topicLead: { start: number; end: number } | null;
  coordinating: Mention[];
  /** Assigned, or carrying a modal or a role (cần, phải, chủ trì): an instruction even outside the conclusions. */
  explicit: boolean;
  /** A deadline heading the clause ("Từ nay đến cuối năm, ..."): it applies to the whole sentence. */
  adverbial: Deadline | null;
  /** The clause ends with a colon: it introduces a list rather than stating a task. */
  intro: boolean;
}

export interface ClauseContext {
  sc: Scanner;
  reader: MentionReader;
  deadlines: DeadlineContext;
  /**
   * A lead is already in force (a unit earlier in the sentence, a heading above): "...; chỉ đạo các
   * trường ..." is then that lead's action, not the speaker assigning the schools.
   */
  leadInScope: boolean;
}

const MAX_TOPIC_WORDS = 30;

/**
 * Reads the head of a clause in the order notices write it: list marker, connective ("Từ đó"),
 * a deadline adverbial, a topic ("Đối với ..., "), the speaker and an assigning verb with its
 * units, or a subject; then "chủ trì", "phối hợp với ..." and a modal (cần, phải).
 */
export function parseClause(ctx: ClauseContext, start: number, end: number, intro: boolean): Clause {
  const { sc, reader } = ctx;
  // Quoted speech: the instruction inside the quotation marks is the clause.
  let pos = sc.skip(start, end, ',;:"“”\'‘’');
  pos = sc.skipSpaces(pos + (markerAt(sc.doc.text.slice(pos, end))?.length ?? 0), end);
  for (let c = sc.at(connectives, pos, end); c; c = sc.at(connectives, pos, end))
    pos = sc.skip(c.end, end, ',');

  const clause: Clause = {
    start,
    end,
    spanStart: pos,
    actionStart: pos,
    assigned: null,
    subject: null,
    topicLead: null,
    coordinating: [],
    explicit: false,
    adverbial: null,
    intro,
  };
  const adverbial = leadingDeadline(ctx, pos, end);
  if (adverbial) {
    clause.adverbial = adverbial;
    pos = sc.skip(adverbial.end, end, ',');
  }
  pos = clause.spanStart = skipTopic(ctx, clause, pos, end);

  const assignment = findAssignment(ctx, pos, end);
  if (assignment) {
    clause.assigned = assignment.mentions;
    clause.explicit = true;
    clause.adverbial ??= assignment.adverbial;
    clause.spanStart = assignment.mentions.length ? assignment.verbStart : assignment.after;
    pos = assignment.after;
  } else {
    const subject = reader.listAt(pos, end, { extendToVerb: true, barePlace: true });
    if (subject.length) {
      clause.subject = subject;
      pos = subject[subject.length - 1].end;
    }
  }
  pos = sc.skip(pos, end, ',');
  const role = sc.at(leadRole, pos, end);
  if (role) {
    clause.explicit = true;
    pos = sc.skip(role.end, end, ',');
  }
  const co = sc.at(coordination, pos, end);
  const partners = co ? reader.listAt(co.end, end, { extendToVerb: true, properNames: true }) : [];
  if (partners.length) {
    clause.coordinating = partners;
    clause.explicit = true;
    pos = partners[partners.length - 1].end;
  }
  const modal = sc.at(modals, sc.skipSpaces(pos, end), end);
  if (modal && !sc.at(accountability, modal.index, end)) {
    clause.explicit = true;
    pos = modal.end;
  }
  clause.actionStart = sc.skip(pos, end, ',');
  if (!clause.coordinating.length) clause.coordinating = laterCoordination(ctx, clause.actionStart, end);
  if (!clause.assigned?.length && !clause.subject) {
    const lead = parenthesizedLead(ctx, clause.actionStart, end);
    if (lead) {
      clause.assigned = lead;
      clause.explicit = true;
    }
  }
  return clause;
}

/** A dated deadline opening the clause and closed by a comma: "Từ nay đến cuối năm, ...". */
function leadingDeadline(ctx: ClauseContext, pos: number, end: number): Deadline | null {
  const first = deadlineAt(ctx.sc, pos, end, ctx.deadlines);
  if (!first || first.date === null) return null;
  return ctx.sc.s[ctx.sc.skipSpaces(first.end, end)] === ',' ? first : null;
}

/** "Đối với ..., " / "Về ..., " / "Sau khi nghe ..., ": skipped; a unit topic becomes the clause's lead. */
function skipTopic(ctx: ClauseContext, clause: Clause, pos: number, end: number): number {
  const { sc, reader } = ctx;
  const prefix = sc.at(topicPrefixes, pos, end);
  if (!prefix) return pos;
  const unitTopic = !!sc.at(unitTopicPrefixes, pos, end);
  const units = unitTopic ? reader.listAt(prefix.end, end) : [];
  const comma = sc.s.indexOf(',', units.length ? units[units.length - 1].end : prefix.end);
  if (comma < 0 || comma >= end) return pos;
  if (sc.s.slice(prefix.end, comma).trim().split(/\s+/).length > MAX_TOPIC_WORDS) return pos;
  const next = sc.skip(comma, end, ',');
  const topicStart = sc.skipSpaces(prefix.end, end);
  // "Đối với lực lượng công an, cần ...": a body named without "các", addressed by the modal after it.
  if (units.length || (unitTopic && sc.at(groupNouns, topicStart, end) && sc.at(modals, next, end))) {
    clause.topicLead = { start: topicStart, end: sc.trimEnd(topicStart, comma) };
  }
  return next;
}

/** "..., phối hợp với Sở X ..." further into the clause still names the coordinating units. */
function laterCoordination(ctx: ClauseContext, from: number, end: number): Mention[] {
  const hit = ctx.sc.find(coordinationWith, from, end);
  return hit ? ctx.reader.listAt(hit.end, end, { extendToVerb: true, properNames: true }) : [];
}
