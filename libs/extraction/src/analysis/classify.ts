import type { Pattern } from '../text/pattern';
import type { Scanner } from '../text/scan';
import type { Clause } from './clause';
import {
  accountability,
  actionOpeners,
  assigning,
  conclusionOpener,
  copula,
  deadlineLabel,
  emptyActionWords,
  goalWords,
  modals,
  narrativeRegexes,
  narrativeWords,
  nonTaskAnywhere,
  nonTaskOpeners,
  resultFigure,
  tasksAbove,
  topicNouns,
} from './lexicon';

/** Where the text stands: still reporting (narrative) or already concluding (directive). */
export type Zone = 'narrative' | 'directive';
export type Verdict = 'task' | 'intro' | 'none';

const MIN_ACTION_WORDS = 2;
const LOOK_BEHIND = 80;

/**
 * Task or not. Outside the conclusions (the narrative zone) only an explicit instruction counts;
 * inside, an action opening the clause does too, and so does a bare topic ("Tiến độ giải ngân ...").
 * A narrative marker ahead of the action, a result figure or a closing formula rules it out.
 * `item`: the clause opens a list item ("2.1. Ban QLDA:" then "- Cắm biển báo ..."), where a verb
 * the vocabulary lacks still states a task.
 */
export function classify(sc: Scanner, clause: Clause, zone: Zone, item = false): Verdict {
  const { actionStart: a, end: e } = clause;
  if (clause.intro) return 'intro';
  const action = sc.doc.text.slice(a, e);
  if (action.trim().split(/\s+/).filter(Boolean).length < MIN_ACTION_WORDS) return 'none';
  // Every word capitalised: a byline, a caption, a heading ("Thu Hà", "THÔNG BÁO"), never an instruction.
  if (!/(?:^|[\s,(])\p{Ll}/u.test(action)) return 'none';
  if (nonTaskAnywhere.some((p) => sc.find(p, clause.spanStart, e))) return 'none';
  if (!clause.assigned?.length && sc.find(copula, clause.spanStart, e)) return 'none';
  if (sc.at(nonTaskOpeners, a, e) || sc.at(accountability, a, e)) return 'none';
  // "Thời gian hoàn thành: Tháng 01/2026" dates the task above it.
  if (sc.at(deadlineLabel, sc.skip(clause.spanStart, e, '-+*'), e)) return 'none';
  // "Các nhiệm vụ trên phải hoàn thành ..." dates the tasks before it; "..., Phó Chủ tịch nhấn mạnh" attributes a quotation.
  if (sc.at(tasksAbove, a, e) || onlyWords(sc, assigning, a, e)) return 'none';
  if (clause.occasion && !clause.assigned) return 'none';
  // "Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện": an exhortation with nothing to do in it,
  // said by the speaker or by a unit ("Sở ... đề nghị các đơn vị khẩn trương triển khai thực hiện").
  if (onlyWords(sc, emptyActionWords, a, e) || exhorts(sc, a, e)) return 'none';
  const result = sc.find(resultFigure, a, e);
  if (result && !sc.find(goalWords, a, result.index)) return 'none';
  const narrative = firstNarrative(sc, a, e);
  const opener = sc.at(actionOpeners, a, e);
  if (opener)
    return narrative !== null && narrative <= a
      ? 'none'
      : clause.explicit || zone === 'directive'
        ? 'task'
        : 'none';
  if (sc.at(topicNouns, a, e)) return zone === 'directive' && narrative === null ? 'task' : 'none';
  // A unit and a modal or a role make an instruction whatever the verb: "Các xã phải làm xong ...";
  // in the conclusions a unit other than the speaker needs neither ("Đài Truyền thanh đưa tin ...").
  const addressed = clause.explicit || (zone === 'directive' && !clause.subject?.every((m) => m.authority));
  if (addressed && clause.subject && narrative === null && !sc.at(emptyActionWords, a, e)) return 'task';
  // "Các công trình trọng điểm ... phải đẩy nhanh tiến độ": what must be done to a thing, its lead left to the office.
  if (zone === 'directive' && narrative === null && modalBeforeAction(sc, a, e)) return 'task';
  // An unknown verb after "đề nghị X": a task unless the clause opens on a narrative marker; in a
  // list item, unless anything in it reports.
  if (item && zone === 'directive' && narrative === null && !sc.find(resultFigure, a, e)) return 'task';
  return clause.assigned !== null && narrative !== a ? 'task' : 'none';
}

function modalBeforeAction(sc: Scanner, from: number, to: number): boolean {
  const modal = sc.find(modals, from, to);
  return !!modal && !!sc.at(actionOpeners, sc.skipSpaces(modal.end, to), to);
}

function afterModal(sc: Scanner, from: number, at: number): boolean {
  const end = sc.trimEnd(from, at);
  let w = end;
  while (w > from && sc.isLetter(w - 1)) w--;
  return w < end && sc.at(modals, w, end)?.end === end;
}

/** Whether [from, to) reports rather than instructs: a narrative marker or a result figure in it. */
export function reports(sc: Scanner, from: number, to: number): boolean {
  return firstNarrative(sc, from, to) !== null || !!sc.find(resultFigure, from, to);
}

/** An introduction that opens the conclusions: "đồng chí Chủ tịch UBND huyện kết luận như sau:". */
export function opensConclusions(sc: Scanner, clause: Clause): boolean {
  return (
    clause.intro && !!sc.find(conclusionOpener, Math.max(clause.start, clause.end - LOOK_BEHIND), clause.end)
  );
}

/** An assigning verb or a modal, whom it addresses, and then only words of exhortation ("... phải quyết liệt hơn"). */
function exhorts(sc: Scanner, from: number, to: number): boolean {
  const verb = sc.at(assigning, from, to) ?? sc.find(modals, from, to);
  const action = verb ? sc.find(actionOpeners, verb.end, to) : null;
  return (
    !!action &&
    !!sc.at(emptyActionWords, action.index, to) &&
    onlyWords(sc, emptyActionWords, action.index, to)
  );
}

/** Whether [from, to) holds nothing but phrases of `words` (and commas). */
function onlyWords(sc: Scanner, words: Pattern, from: number, to: number): boolean {
  let k = sc.skip(from, to, ',.');
  for (let w = sc.at(words, k, to); w; w = sc.at(words, k, to)) k = sc.skip(w.end, to, ',.');
  return k >= to;
}

/**
 * Where the first narrative marker stands. A marker that only begins a longer command ("van dong"
 * typed for "vận động", not "vẫn") is not one: the longer reading wins.
 */
function firstNarrative(sc: Scanner, from: number, to: number): number | null {
  let first: number | null = null;
  for (const hit of sc.iterate(narrativeWords, from, to)) {
    if ((sc.at(actionOpeners, hit.index, to)?.end ?? 0) > hit.end) continue;
    // "... phải được quan tâm chỉ đạo": a modal makes the passive an instruction, not a report;
    // "phấn đấu ... đạt 55%" sets a target.
    if (afterModal(sc, from, hit.index) || sc.find(goalWords, from, hit.index)) continue;
    first = hit.index;
    break;
  }
  for (const p of narrativeRegexes) {
    const hit = sc.find(p, from, to);
    if (hit && (first === null || hit.index < first)) first = hit.index;
  }
  return first;
}
