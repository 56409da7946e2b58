import { markerAt } from '../text/layout';
import type { Scanner } from '../text/scan';
import { findAssignment, parenthesizedLead } from './assignment';
import type { Deadline, DeadlineContext } from './deadlines';
import { leadingDeadline, pastFrame, pastTimeAdverb, skipTopic } from './frames';
import {
  accountability,
  connectives,
  coordination,
  coordinationWith,
  leadRole,
  modals,
  remits,
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
  /** Set at the meeting itself ("Dịp này, ...", "Tại hội nghị, ..."): a report unless it assigns. */
  occasion: boolean;
  /** A closing piece was joined at its end ("...; hoàn thành trong năm 2026"). */
  closed: boolean;
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
    occasion: false,
    closed: false,
  };
  const frame = pastFrame(ctx, pos, end);
  if (frame) {
    clause.occasion = true;
    pos = sc.skipSpaces(frame, end);
  }
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
    pos = assignment.mentions.length ? sc.skipAside(assignment.after, end) : assignment.after;
  } else {
    const subject = reader.listAt(pos, end, { extendToVerb: true, barePlace: true });
    if (subject.length) {
      clause.subject = subject;
      pos = sc.skipAside(subject[subject.length - 1].end, end);
      pos = sc.at(remits, sc.skipSpaces(pos, end), end)?.end ?? pos;
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
  if (clause.subject || clause.assigned?.length)
    clause.actionStart = pastTimeAdverb(ctx, clause.actionStart, end);
  if (!clause.coordinating.length) clause.coordinating = laterCoordination(ctx, clause.actionStart, end);
  if (!clause.assigned?.length && !clause.subject) {
    const stated = parenthesizedLead(ctx, clause.actionStart, end);
    if (stated) {
      clause.assigned = stated.lead;
      if (stated.coordinating.length) clause.coordinating = stated.coordinating;
      clause.explicit = true;
    }
  }
  return clause;
}

/** "..., phối hợp với Sở X ..." further into the clause still names the coordinating units. */
function laterCoordination(ctx: ClauseContext, from: number, end: number): Mention[] {
  const hit = ctx.sc.find(coordinationWith, from, end);
  return hit ? ctx.reader.listAt(hit.end, end, { extendToVerb: true, properNames: true }) : [];
}
