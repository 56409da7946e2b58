import { markerAt } from '../text/layout';
import type { Scanner } from '../text/scan';
import { findAssignment, parenthesizedLead } from './assignment';
import { Deadline, DeadlineContext, deadlineAt } from './deadlines';
import {
  accountability,
  actionOpeners,
  beneficiaries,
  connectives,
  coordination,
  coordinationWith,
  datedFrame,
  determiners,
  groupNouns,
  leadRole,
  modals,
  occasionTopics,
  remits,
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

/** Past "Sáng 20/10/2025, " when that day is not after the meeting: the sentence tells what happened. */
function pastFrame(ctx: ClauseContext, pos: number, end: number): number | null {
  const hit = ctx.sc.at(datedFrame, pos, end);
  const g = hit?.match?.groups;
  if (!hit || !g) return null;
  const meeting = ctx.deadlines.meetingDate;
  const day = `${g.y ?? meeting.slice(0, 4)}-${g.m.padStart(2, '0')}-${g.d.padStart(2, '0')}`;
  return day <= meeting ? hit.end : null;
}

/**
 * A dated deadline opening the clause, closed by a comma ("Từ nay đến cuối năm, ...") or followed
 * by the units it concerns ("Năm 2026 các đơn vị phải ...", where "nam" is no verb "nắm").
 */
function leadingDeadline(ctx: ClauseContext, pos: number, end: number): Deadline | null {
  const first = deadlineAt(ctx.sc, pos, end, ctx.deadlines);
  if (!first || first.date === null) return null;
  const next = ctx.sc.skipSpaces(first.end, end);
  return ctx.sc.s[next] === ',' || ctx.reader.at(next, end) ? first : null;
}

/**
 * "Đối với ..., " / "Về ..., " / "Sau khi nghe ..., ": skipped; a unit topic becomes the clause's
 * lead. "Riêng ..." may also run straight into its modal: "Riêng 3 điểm ... phải xử lý xong ...".
 */
function skipTopic(ctx: ClauseContext, clause: Clause, pos: number, end: number): number {
  const { sc, reader } = ctx;
  const prefix = sc.at(topicPrefixes, pos, end);
  if (!prefix) return pos;
  const unitTopic = !!sc.at(unitTopicPrefixes, pos, end);
  const units = unitTopic ? reader.listAt(prefix.end, end) : [];
  const from = units.length ? units[units.length - 1].end : prefix.end;
  let comma = topicComma(sc, from, end);
  const modal = unitTopic ? sc.find(modals, from, comma) : null;
  if (modal) comma = modal.index;
  // "1. Đối với UBND xã Định Hưng" as a heading: the units are all there is.
  if (units.length && sc.skip(from, end, ',.:;') >= end) {
    clause.topicLead = { start: units[0].start, end: from };
    return end;
  }
  if (comma >= end) return pos;
  if (sc.s.slice(prefix.end, comma).trim().split(/\s+/).length > MAX_TOPIC_WORDS) return pos;
  const next = sc.skip(comma, end, ',');
  clause.occasion = !!sc.at(occasionTopics, pos, end);
  const topicStart = sc.skipSpaces(prefix.end, end);
  // "Đối với lực lượng công an, cần ...": a body named without "các", addressed by the modal after it;
  // households and businesses likewise ("Đối với các hộ ..., khẩn trương ..." acts on them).
  const addressed = !!sc.at(modals, next, end);
  const actors = units.length && (addressed || !units.every((u) => actedOn(sc, u, end)));
  if (actors || (unitTopic && sc.at(groupNouns, topicStart, end) && addressed)) {
    clause.topicLead = { start: topicStart, end: sc.trimEnd(topicStart, comma) };
  }
  return next;
}

function actedOn(sc: Scanner, unit: Mention, end: number): boolean {
  return (
    unit.group &&
    !!sc.at(beneficiaries, sc.skipSpaces(sc.at(determiners, unit.start, end)?.end ?? unit.start, end), end)
  );
}

/** Words a time adverb may run to before the action: "định kỳ 2 tuần một lần tổng hợp ...". */
const MAX_ADVERB_WORDS = 5;

/**
 * Past a time adverb between the unit and its action ("Văn phòng định kỳ 2 tuần một lần tổng hợp
 * ...", "Công an xã hằng đêm tuần tra ..."): the action starts at the verb after it.
 */
function pastTimeAdverb(ctx: ClauseContext, pos: number, end: number): number {
  const { sc } = ctx;
  const time = deadlineAt(sc, pos, end, ctx.deadlines);
  if (!time || sc.at(actionOpeners, pos, end)) return pos;
  let k = sc.skip(time.end, end, ',');
  for (let words = 0; words < MAX_ADVERB_WORDS && k < end; words++) {
    if (sc.at(actionOpeners, k, end)) return k;
    k = sc.skipSpaces(sc.wordEnd(k, end) || k + 1, end);
  }
  return pos;
}

/** The comma closing a topic: not one inside a list of numbers ("tổ dân phố 5, 7, 12"). */
function topicComma(sc: Scanner, from: number, end: number): number {
  for (let i = sc.s.indexOf(',', from); i >= 0 && i < end; i = sc.s.indexOf(',', i + 1)) {
    if (!/\d/.test(sc.s[i - 1] ?? '') || !/\d/.test(sc.s[sc.skipSpaces(i + 1, end)] ?? '')) return i;
  }
  return end;
}

/** "..., phối hợp với Sở X ..." further into the clause still names the coordinating units. */
function laterCoordination(ctx: ClauseContext, from: number, end: number): Mention[] {
  const hit = ctx.sc.find(coordinationWith, from, end);
  return hit ? ctx.reader.listAt(hit.end, end, { extendToVerb: true, properNames: true }) : [];
}
