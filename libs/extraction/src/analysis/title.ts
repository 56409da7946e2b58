import { alternation } from '../text/pattern';
import type { Scanner } from '../text/scan';
import { TITLE_DANGLING_WORDS, TITLE_ORPHAN_VERBS } from '../rules/vocabulary';
import { titleFillers } from './lexicon';

const LONGEST_TITLE = 90;
const dangling = new RegExp(`[\\s,;:.\\-–(]+$|\\s+(?:${alternation(TITLE_DANGLING_WORDS)})$`, 'u');
const orphanVerb = new RegExp(`(?:,\\s*|\\s+|^)(?:${alternation(TITLE_ORPHAN_VERBS)})$`, 'u');

/**
 * A short imperative title from the action of a clause: fillers and the deadline phrase dropped,
 * cut at a comma before LONGEST_TITLE characters, first letter in capitals.
 */
export function makeTitle(
  sc: Scanner,
  actionStart: number,
  end: number,
  cut: Array<{ start: number; end: number }>,
): string {
  let from = actionStart;
  for (let f = sc.at(titleFillers, from, end); f; f = sc.at(titleFillers, from, end)) {
    const next = sc.skip(f.end, end, ',');
    if (next >= end) break;
    from = next;
  }
  let text = '';
  let last = from;
  let cutAtEnd = false;
  for (const c of [...cut].sort((a, b) => a.start - b.start)) {
    if (c.end <= from || c.start >= end) continue;
    text += sc.doc.text.slice(last, Math.max(last, c.start));
    last = Math.max(last, c.end);
    cutAtEnd = sc.trimEnd(last, end, '.,;') <= last;
  }
  text += sc.doc.text.slice(last, end);
  text = text.replace(/\s+/g, ' ').replace(/\s+,/g, ',').trim();
  for (let prev = ''; prev !== text;) {
    prev = text;
    text = text.replace(dangling, '');
    if (cutAtEnd) text = text.replace(orphanVerb, '');
  }
  if (text.length > LONGEST_TITLE) {
    const comma = text.lastIndexOf(',', LONGEST_TITLE);
    const space = text.lastIndexOf(' ', LONGEST_TITLE);
    text =
      comma > LONGEST_TITLE / 2
        ? text.slice(0, comma)
        : `${text.slice(0, space > 0 ? space : LONGEST_TITLE)}…`;
  }
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
