/**
 * One view of the pasted text in three parallel strings of equal length, each index mapped back to
 * the input: `text` (NFC, every kind of space as ' ', line breaks kept), `lower` (lower case) and
 * `folded` (lower case without tone and vowel marks, đ → d). Rules match on `lower` when a sentence
 * is typed with diacritics and on `folded` when it is not; offsets always come back through
 * `origin`, so a task's sourceText is an exact substring of what the user pasted, whether the input
 * was decomposed (NFD), precomposed, or full of non-breaking spaces.
 */
export interface NormalizedText {
  readonly raw: string;
  readonly text: string;
  readonly lower: string;
  readonly folded: string;
  /** origin[i] is the index in `raw` where text[i] came from; origin[text.length] === raw.length. */
  readonly origin: Int32Array;
  /** originEnd[i] is where in `raw` the character behind text[i] ends (after its combining marks). */
  readonly originEnd: Int32Array;
}

/** Combining marks (U+0300–036F and the rarer blocks): the tone and vowel marks of decomposed Vietnamese. */
const isCombining = (c: number) =>
  (c >= 0x300 && c <= 0x36f) ||
  (c >= 0x1dc0 && c <= 0x1dff) ||
  (c >= 0x20d0 && c <= 0x20ff) ||
  (c >= 0xfe20 && c <= 0xfe2f);
const SPACE_LIKE = /[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
/** Zero-width characters and the soft hyphen: invisible in a browser, noise to a rule. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
/** Dashes people (and word processors) use between the words of a unit name: "Tài chính – Kế hoạch". */
const DASHES = /[\u2010-\u2015\u2212]/;
const DROP = -1;

/**
 * What one precomposed code unit becomes, packed as three code units (text, lower, folded), or
 * DROP for invisible characters. Built once per distinct character.
 */
const table = new Map<number, number[] | typeof DROP>();

function unitOf(code: number): number[] | typeof DROP {
  let entry = table.get(code);
  if (entry !== undefined) return entry;
  const ch = String.fromCharCode(code);
  if (ch === '\r' || ch === '\n') entry = [10, 10, 10];
  else if (INVISIBLE.test(ch)) entry = DROP;
  else if (SPACE_LIKE.test(ch)) entry = [32, 32, 32];
  else if (DASHES.test(ch)) entry = [45, 45, 45];
  else {
    let lower = ch.toLowerCase();
    if (lower.length !== 1) lower = ch;
    // Ð (U+00D0, the Icelandic eth) stands in for Đ in some legacy Vietnamese encodings.
    let folded = lower
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đð]/g, 'd');
    if (folded.length !== 1) folded = lower;
    entry = [code, lower.charCodeAt(0), folded.charCodeAt(0)];
  }
  table.set(code, entry);
  return entry;
}

export function normalizeText(raw: string): NormalizedText {
  const n = raw.length;
  // One UTF-16 unit out per unit kept: three parallel buffers and the map back to the input.
  const text = new Uint16Array(n);
  const lower = new Uint16Array(n);
  const folded = new Uint16Array(n);
  const origin = new Int32Array(n + 1);
  const originEnd = new Int32Array(n);
  let length = 0;
  const push = (unit: number[], at: number) => {
    text[length] = unit[0];
    lower[length] = unit[1];
    folded[length] = unit[2];
    origin[length++] = at;
  };

  for (let i = 0; i < n;) {
    const start = i;
    const code = raw.charCodeAt(i++);
    if (code === 13 && raw.charCodeAt(i) === 10) continue; // \r\n: the \n that follows is the break
    if (i >= n || !isCombining(raw.charCodeAt(i))) {
      const unit = unitOf(code);
      if (unit !== DROP) {
        push(unit, start);
        originEnd[length - 1] = i;
      }
      continue;
    }
    // A letter and the marks after it (decomposed input): NFC makes one character of them.
    while (i < n && isCombining(raw.charCodeAt(i))) i++;
    const composed = raw.slice(start, i).normalize('NFC');
    for (let k = 0; k < composed.length; k++) {
      const unit = unitOf(composed.charCodeAt(k));
      if (unit !== DROP) push(unit, start);
    }
    for (let k = length - 1; k >= 0 && origin[k] === start; k--) originEnd[k] = i;
  }
  origin[length] = n;
  return {
    raw,
    text: decode(text, length),
    lower: decode(lower, length),
    folded: decode(folded, length),
    origin: origin.slice(0, length + 1),
    originEnd: originEnd.slice(0, length),
  };
}

const utf16 = new TextDecoder('utf-16le');

function decode(units: Uint16Array, length: number): string {
  return utf16.decode(units.subarray(0, length));
}

/** Where in the input the normalised range ending at `end` ends: after its last character, not before the next. */
export function rawEnd(doc: NormalizedText, end: number): number {
  return end > 0 ? doc.originEnd[end - 1] : 0;
}

/** The input text behind [start, end) of the normalised view. */
export function rawSlice(doc: NormalizedText, start: number, end: number): string {
  return end > start ? doc.raw.slice(doc.origin[start], rawEnd(doc, end)) : '';
}

/** Whether the character at i carries a Vietnamese mark (so the sentence was typed with diacritics). */
export function isMarked(doc: NormalizedText, i: number): boolean {
  return doc.lower.charCodeAt(i) !== doc.folded.charCodeAt(i) && doc.lower[i] !== '-';
}

/** Fewer capitals than this per letter: the text was typed all in lower case (a hurried message). */
const CASELESS_RATIO = 1 / 200;
const caseless = new WeakMap<NormalizedText, boolean>();

/** Whether the text was typed (almost) all in lower case, so that case says nothing about names or sentences. */
export function isCaseless(doc: NormalizedText): boolean {
  let known = caseless.get(doc);
  if (known === undefined) {
    let letters = 0;
    let capitals = 0;
    for (let i = 0; i < doc.text.length; i++) {
      if (doc.text[i] !== doc.lower[i]) capitals++;
      if (doc.folded.charCodeAt(i) >= 97 && doc.folded.charCodeAt(i) <= 122) letters++;
    }
    known = capitals <= letters * CASELESS_RATIO;
    caseless.set(doc, known);
  }
  return known;
}
