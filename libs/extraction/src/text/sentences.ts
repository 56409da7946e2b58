import { PLACE_HEADS } from '../rules/units';
import { isCaseless, NormalizedText } from './normalize';
import { alternation, stripMarks } from './pattern';

export interface Piece {
  start: number;
  end: number;
  /** Ends with a colon: introduces what follows. */
  intro: boolean;
}

/** Words that end with a period without ending the sentence: "TP. Hà Tĩnh", "ThS. Lê Văn A". */
// prettier-ignore
const ABBREVIATIONS = new Set(['tp', 'tx', 'tt', 'p', 'q', 'ths', 'ts', 'pgs', 'gs', 'bs', 'kt', 'tl', 'tm', 'st', 'v.v', 'đ/c', 'đc']);
const ENDERS = '.!?…';
const CLOSERS = '.!?…"”’)]/';

/** Sentences of [start, end): a full stop (or ! ? …) followed by a capital, a digit, a marker or the end. */
export function splitSentences(
  doc: NormalizedText,
  start: number,
  end: number,
): Array<{ start: number; end: number }> {
  const t = doc.text;
  const out: Array<{ start: number; end: number }> = [];
  // Typed all in lower case, a sentence cannot be told by its capital: a full stop and a space do.
  const caseless = isCaseless(doc);
  let from = start;
  for (let i = start; i < end; i++) {
    if (!ENDERS.includes(t[i])) continue;
    if (t[i] === '.' && /\d/.test(t[i - 1] ?? '') && /\d/.test(t[i + 1] ?? '')) continue;
    if (t[i] === '.' && isAbbreviation(doc, from, i)) continue;
    let j = i;
    while (j < end && CLOSERS.includes(t[j])) j++;
    let k = j;
    while (k < end && /\s/.test(t[k])) k++;
    const next = t[k] ?? '';
    const opensSentence =
      k >= end || (k > j && (caseless || next !== next.toLowerCase() || /[\d\-+•("“]/.test(next)));
    if (!opensSentence) continue;
    push(out, t, from, i);
    from = k;
    i = k - 1;
  }
  push(out, t, from, end);
  return out;
}

function push(out: Array<{ start: number; end: number }>, t: string, start: number, end: number) {
  while (start < end && /\s/.test(t[start])) start++;
  while (end > start && /[\s.!?…]/.test(t[end - 1])) end--;
  if (end > start) out.push({ start, end });
}

function isAbbreviation(doc: NormalizedText, from: number, dot: number): boolean {
  let w = dot;
  while (w > from && /[\p{L}./]/u.test(doc.text[w - 1])) w--;
  const word = doc.lower.slice(w, dot);
  // A lone capital is an initial ("T. Hà"), not the end of a sentence.
  return ABBREVIATIONS.has(word) || (dot - w === 1 && doc.text[w] !== doc.lower[w]);
}

/**
 * Pieces of a sentence split at semicolons and at colons that introduce a list (a colon followed by
 * a space or the end: not "17:30"), outside parentheses and quotation marks.
 */
export function splitPieces(doc: NormalizedText, start: number, end: number): Piece[] {
  const t = doc.text;
  const out: Piece[] = [];
  let depth = 0;
  let quoted = false;
  let from = start;
  for (let i = start; i < end; i++) {
    const ch = t[i];
    if (ch === '(' || ch === '“') depth++;
    else if ((ch === ')' || ch === '”') && depth > 0) depth--;
    else if (ch === '"') quoted = !quoted;
    if (depth > 0 || quoted) continue;
    if (ch === ':' && namesPlaces(doc, from, i, end)) continue;
    if (ch === ';' || (ch === ':' && (i + 1 >= end || /\s/.test(t[i + 1])))) {
      if (i > from) out.push({ start: from, end: i, intro: ch === ':' });
      from = i + 1;
    }
  }
  if (end > from) out.push({ start: from, end, intro: false });
  return out.filter((p) => /[\p{L}\p{N}]/u.test(t.slice(p.start, p.end)));
}

/** "các xã:" right before the places it means, no sentence in them ("UBND các xã: Phú Gia, Hương Đô thành lập ..."). */
const GROUP_BEFORE_COLON = new RegExp(stripMarks(`(?:các|những)\\s+(?:${alternation(PLACE_HEADS)})$`), 'u');
const PLACE_NAMES_AFTER = /^\s*\p{Lu}[\p{L} ]*,\s*\p{Lu}/u;

function namesPlaces(doc: NormalizedText, from: number, colon: number, end: number): boolean {
  return (
    GROUP_BEFORE_COLON.test(doc.folded.slice(from, colon).trimEnd()) &&
    PLACE_NAMES_AFTER.test(doc.text.slice(colon + 1, end))
  );
}
