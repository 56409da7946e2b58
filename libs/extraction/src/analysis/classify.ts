import type { Pattern } from '../text/pattern';
import type { Scanner } from '../text/scan';
import type { Clause } from './clause';
import {
  actionOpeners,
  conclusionOpener,
  emptyActionWords,
  goalWords,
  narrativeRegexes,
  narrativeWords,
  nonTaskAnywhere,
  nonTaskOpeners,
  resultFigure,
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
 */
export function classify(sc: Scanner, clause: Clause, zone: Zone): Verdict {
  const { actionStart: a, end: e } = clause;
  if (clause.intro) return 'intro';
  const action = sc.doc.text.slice(a, e);
  if (action.trim().split(/\s+/).filter(Boolean).length < MIN_ACTION_WORDS) return 'none';
  // Every word capitalised: a byline, a caption, a heading ("Thu Hà", "THÔNG BÁO"), never an instruction.
  if (!/(?:^|[\s,(])\p{Ll}/u.test(action)) return 'none';
  if (nonTaskAnywhere.some((p) => sc.find(p, clause.spanStart, e))) return 'none';
  if (sc.at(nonTaskOpeners, a, e)) return 'none';
  // "Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện": an exhortation with nothing to do in it.
  if (onlyWords(sc, emptyActionWords, a, e)) return 'none';
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
  // An unknown verb after "đề nghị X": a task unless the clause opens on a narrative marker.
  return clause.assigned !== null && narrative !== a ? 'task' : 'none';
}

/** An introduction that opens the conclusions: "đồng chí Chủ tịch UBND huyện kết luận như sau:". */
export function opensConclusions(sc: Scanner, clause: Clause): boolean {
  return (
    clause.intro && !!sc.find(conclusionOpener, Math.max(clause.start, clause.end - LOOK_BEHIND), clause.end)
  );
}

/** Whether [from, to) holds nothing but phrases of `words` (and commas). */
function onlyWords(sc: Scanner, words: Pattern, from: number, to: number): boolean {
  let k = sc.skip(from, to, ',.');
  for (let w = sc.at(words, k, to); w; w = sc.at(words, k, to)) k = sc.skip(w.end, to, ',.');
  return k >= to;
}

function firstNarrative(sc: Scanner, from: number, to: number): number | null {
  let first: number | null = sc.find(narrativeWords, from, to)?.index ?? null;
  for (const p of narrativeRegexes) {
    const hit = sc.find(p, from, to);
    if (hit && (first === null || hit.index < first)) first = hit.index;
  }
  return first;
}
