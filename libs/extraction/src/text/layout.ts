import { END_OF_BODY } from '../rules/narrative';
import { ORDINAL_MARKERS } from '../rules/discourse';
import { LINE_JOINING_WORDS } from '../rules/vocabulary';
import type { NormalizedText } from './normalize';
import { alternation, Pattern, stripMarks } from './pattern';
import { Scanner } from './scan';
import { isTableRow } from './table';

/**
 * List markers of Vietnamese notices, outermost first: I. › 1. (1/, 1)) › 1.1. › a) (a., a/) › - › +;
 * a speech counts its points in words at the level of "1.": "Thứ nhất, ...", "Hai là, ...".
 */
export type MarkerKind = 'roman' | 'arabic' | 'ordinal' | 'nested' | 'letter' | 'dash' | 'plus';

export const MARKER_RANK: Readonly<Record<MarkerKind, number>> = {
  roman: 1,
  arabic: 2,
  ordinal: 2,
  nested: 3,
  letter: 4,
  dash: 5,
  plus: 6,
};

const MARKERS: ReadonlyArray<[MarkerKind, RegExp]> = [
  ['roman', /^(?:XI{0,3}|IX|IV|VI{0,3}|I{1,3})[.)]\s+/u],
  ['nested', /^\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?\s+/u],
  // "1/" and "a/" in notices typed on a phone or in a chat message; "1.Giao ..." without its space.
  ['arabic', /^\d{1,2}[.)/](?:\s+|(?=\p{Lu}))/u],
  // "(1) ...; (2) ..." and "(a)" in a speech summarised point by point; "1️⃣" in a chat message.
  ['arabic', /^\(\d{1,2}\)\s*/u],
  ['arabic', /^(?:\d\ufe0f?\u20e3|\u{1F51F})\s*/u],
  ['letter', /^[a-zđ][.)/]\s+/u],
  ['letter', /^\([a-zđ]\)\s*/u],
  // Word's bullets pasted as private-use symbols (, , , ) and their look-alikes.
  ['dash', /^[-•●▪◦*\uf0a7\uf0b7\uf0d8\uf0fc\uf076\uf0a8➢►■□◆❖✓✔→⁃]\s*(?=[\p{L}\p{N}"“(])/u],
  // A chat message's pointing hands, arrows, checks and pins.
  [
    'dash',
    /^[\u{1F449}\u{1F539}\u{1F538}\u{1F537}\u{1F536}\u25B6\u27A1\u2705\u2611\u{1F4CC}\u{1F4CD}\u2B50\u{1F31F}\u2733\u2747\u{1F53A}\u25FE\u23E9\u{1F4A0}]\ufe0f?\s*(?=[\p{L}\p{N}"“(])/u,
  ],
  ['plus', /^\+\s*(?=[\p{L}\p{N}"“(])/u],
];

/** Ordinal words, matched on the text without marks so that "Thu nhat," counts too. */
const ORDINAL = new RegExp(`^(?:${ORDINAL_MARKERS.map(stripMarks).join('|')})\\s*[,:]\\s+`, 'u');

/** Which list marker opens `text` (`folded`: the same text without marks), and its length with the spaces after it. */
export function markerAt(text: string, folded = ''): { kind: MarkerKind; length: number } | null {
  for (const [kind, re] of MARKERS) {
    const m = re.exec(text);
    if (m) return { kind, length: m[0].length };
  }
  const ordinal = ORDINAL.exec(folded);
  return ordinal ? { kind: 'ordinal', length: ordinal[0].length } : null;
}

/** A paragraph or a list item: lines the PDF wrapped are joined back. Offsets index NormalizedText. */
export interface Block {
  /** Start of the content, after the marker. */
  start: number;
  end: number;
  marker: MarkerKind | null;
  /** A blank line comes before it: a plain paragraph after one starts afresh. */
  afterBlank: boolean;
}

/** A page number left by a PDF ("2", "- 2 -", "Trang 3"). */
const PAGE_NUMBER = /^(?:-\s*)?\d{1,3}(?:\s*-)?$|^trang\s+\d{1,3}(?:\s*\/\s*\d{1,3})?$/iu;
const TERMINAL = /[.:;!?…]["”’)\]]*$/u;
/** A line cut after a joining sign or word (with or without diacritics). */
const OPEN_END = new RegExp(
  `(?:[-&,(/]|\\s(?:${alternation([...LINE_JOINING_WORDS, ...LINE_JOINING_WORDS.map(stripMarks)])}))$`,
  'u',
);
/** Lines this short or shorter than most in a narrow (PDF) layout end their paragraph. */
const WRAPPED_WIDTH = 120;
const WRAPPED_FILL = 0.6;
/** Regex rather than phrase list: checked once per line, it should not tokenise every line. */
const endOfBody = Pattern.regex(`(?:${alternation(END_OF_BODY)})(?![\\p{L}])`);

interface Line {
  start: number;
  end: number;
}

export function layoutBlocks(doc: NormalizedText): Block[] {
  const lines = splitLines(doc.text);
  const width = typicalWidth(lines);
  const blocks: Block[] = [];
  let current: (Block & { lastLine: Line }) | null = null;
  let blank = false;
  for (const line of lines) {
    const text = doc.text.slice(line.start, line.end);
    if (!text) {
      blank = true;
      continue;
    }
    if (PAGE_NUMBER.test(text)) continue;
    // A row of a table ("1⇥Rà soát ...⇥Phòng X⇥Tháng 6") is read cell by cell (see text/table.ts), not as prose.
    if (isTableRow(doc, line.start, line.end)) {
      blank = true;
      continue;
    }
    const sc = Scanner.forRange(doc, line.start, line.end);
    if (sc.at(endOfBody, line.start, line.end)) break;
    const marker = markerAt(text, doc.folded.slice(line.start, line.end));
    if (current && !blank && !marker && continues(doc, current.lastLine, line, width)) {
      current.end = line.end;
      current.lastLine = line;
      continue;
    }
    if (current) blocks.push(strip(current));
    current = {
      start: line.start + (marker?.length ?? 0),
      end: line.end,
      marker: marker?.kind ?? null,
      afterBlank: blank,
      lastLine: line,
    };
    blank = false;
  }
  if (current) blocks.push(strip(current));
  return blocks.filter((b) => b.end > b.start);
}

const strip = ({ start, end, marker, afterBlank }: Block): Block => ({ start, end, marker, afterBlank });

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let from = 0;
  for (;;) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 ? text.length : nl;
    let s = from;
    let e = to;
    while (s < e && text[s] === ' ') s++;
    while (e > s && text[e - 1] === ' ') e--;
    lines.push({ start: s, end: e });
    if (nl < 0) return lines;
    from = nl + 1;
  }
}

/** The width most lines reach (80th percentile): small for a PDF wrapped at ~80 columns, large for pasted paragraphs. */
function typicalWidth(lines: Line[]): number {
  const lengths = lines
    .map((l) => l.end - l.start)
    .filter((n) => n > 20)
    .sort((a, b) => a - b);
  return lengths.length ? lengths[Math.floor(lengths.length * 0.8)] : 0;
}

/** Whether `line` continues the paragraph of `prev` (a PDF wrap) rather than starting a new one. */
function continues(doc: NormalizedText, prev: Line, line: Line, width: number): boolean {
  const prevText = doc.text.slice(prev.start, prev.end);
  if (TERMINAL.test(prevText)) return false;
  // Cut after a joining word or sign: "Phòng Tài chính -⏎Kế hoạch", "... và⏎UBND các xã".
  if (OPEN_END.test(prevText)) return true;
  const first = doc.text[line.start];
  if (isAllCaps(prevText) !== isAllCaps(doc.text.slice(line.start, line.end))) return false;
  if (first !== first.toUpperCase() || /[\d(,“"]/.test(first)) return true;
  return width <= WRAPPED_WIDTH && prevText.length >= width * WRAPPED_FILL;
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}
