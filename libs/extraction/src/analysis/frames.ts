import type { Scanner } from '../text/scan';
import type { Clause, ClauseContext } from './clause';
import { Deadline, deadlineAt } from './deadlines';
import {
  actionOpeners,
  beneficiaries,
  datedFrame,
  determiners,
  groupNouns,
  modals,
  occasionTopics,
  topicPrefixes,
  unitTopicPrefixes,
} from './lexicon';
import type { Mention } from './mentions';

/**
 * What frames a clause around its action: a date of the meeting it recounts, a deadline it opens
 * on, a topic ("Đối với ..., "), a time adverb between the unit and its verb.
 */

const MAX_TOPIC_WORDS = 30;

/** Past "Sáng 20/10/2025, " when that day is not after the meeting: the sentence tells what happened. */
export function pastFrame(ctx: ClauseContext, pos: number, end: number): number | null {
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
export function leadingDeadline(ctx: ClauseContext, pos: number, end: number): Deadline | null {
  const first = deadlineAt(ctx.sc, pos, end, ctx.deadlines);
  if (!first || first.date === null) return null;
  const next = ctx.sc.skipSpaces(first.end, end);
  return ctx.sc.s[next] === ',' || ctx.reader.at(next, end) ? first : null;
}

/**
 * "Đối với ..., " / "Về ..., " / "Sau khi nghe ..., ": skipped; a unit topic becomes the clause's
 * lead. "Riêng ..." may also run straight into its modal: "Riêng 3 điểm ... phải xử lý xong ...".
 */
export function skipTopic(ctx: ClauseContext, clause: Clause, pos: number, end: number): number {
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
export function pastTimeAdverb(ctx: ClauseContext, pos: number, end: number): number {
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
