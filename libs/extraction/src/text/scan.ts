import { isCaseless, isMarked, NormalizedText } from './normalize';
import { isSpace, isWordChar, Pattern } from './pattern';

/**
 * 'marked': the sentence carries diacritics, so rules match exactly ("đã" is not "đa", "giao" is
 * not "giáo"). 'plain': it was typed without them, so rules match on folded text.
 */
export type Mode = 'marked' | 'plain';

export interface Hit {
  index: number;
  end: number;
  /** The regex match, for rules that read groups (deadlines); absent for phrase lists. */
  match?: RegExpExecArray;
}

/** Reads one sentence of the normalised text in the mode its typing calls for. */
export class Scanner {
  readonly s: string;

  constructor(
    readonly doc: NormalizedText,
    readonly mode: Mode,
    /** The range this scanner was made for (a sentence); rules that read ahead stay inside it. */
    readonly start = 0,
    readonly end = doc.text.length,
  ) {
    this.s = mode === 'marked' ? doc.lower : doc.folded;
  }

  /** The text was typed all in lower case, so case says nothing about names. */
  get caseless(): boolean {
    return isCaseless(this.doc);
  }

  /** Words and signs of [start, end), read once: phrase lists walk these instead of slicing the text. */
  private tokenAtChar: Int32Array | null = null;
  private readonly tokenStarts: number[] = [];
  private readonly tokenEnds: number[] = [];
  private readonly tokenTexts: string[] = [];

  /** Index of the token starting at pos, or -1 (pos inside a word, on a space, or outside the range). */
  tokenIndex(pos: number): number {
    if (!this.tokenAtChar) this.tokenize();
    return pos >= this.start && pos < this.end ? (this.tokenAtChar as Int32Array)[pos - this.start] : -1;
  }

  tokenStart(k: number): number {
    return this.tokenStarts[k];
  }

  tokenEnd(k: number): number {
    return this.tokenEnds[k];
  }

  tokenText(k: number): string {
    return this.tokenTexts[k];
  }

  nextToken(k: number): number {
    return k + 1 < this.tokenStarts.length ? k + 1 : -1;
  }

  private tokenize() {
    const map = new Int32Array(this.end - this.start).fill(-1);
    for (let i = this.start; i < this.end;) {
      const c = this.s.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      let j = i + 1;
      if (isWordChar(c)) while (j < this.end && isWordChar(this.s.charCodeAt(j))) j++;
      map[i - this.start] = this.tokenStarts.length;
      this.tokenStarts.push(i);
      this.tokenEnds.push(j);
      this.tokenTexts.push(this.s.slice(i, j));
      i = j;
    }
    this.tokenAtChar = map;
  }

  /** Picks the mode for [start, end): marked when at least one letter in twenty carries a mark. */
  static forRange(doc: NormalizedText, start: number, end: number): Scanner {
    let letters = 0;
    let marked = 0;
    for (let i = start; i < end; i++) {
      const c = doc.lower.charCodeAt(i);
      if (c >= 97 && c <= 122) letters++;
      else if (c > 127 && isMarked(doc, i)) {
        letters++;
        marked++;
      }
    }
    return new Scanner(doc, marked * 20 >= letters && marked > 0 ? 'marked' : 'plain', start, end);
  }

  /** The match of `p` starting exactly at pos (a word start), if any. */
  at(p: Pattern, pos: number, limit = this.s.length): Hit | null {
    if (p.isRegex) {
      const re = p.regex(this.mode, 'uy');
      re.lastIndex = pos;
      const m = re.exec(this.s);
      return m && pos + m[0].length <= limit ? { index: pos, end: pos + m[0].length, match: m } : null;
    }
    const length = p.matchAt(this, pos, limit);
    return length < 0 ? null : { index: pos, end: pos + length };
  }

  /** The first match of `p` inside [from, to). */
  find(p: Pattern, from: number, to: number): Hit | null {
    for (const hit of this.iterate(p, from, to)) return hit;
    return null;
  }

  /** Every match of `p` inside [from, to), left to right, not overlapping. */
  *iterate(p: Pattern, from: number, to: number): Generator<Hit> {
    if (!p.isRegex) {
      let k = this.tokenIndex(this.skipSpaces(from, to));
      while (k >= 0 && this.tokenStarts[k] < to) {
        const hit = this.at(p, this.tokenStarts[k], to);
        if (hit) {
          yield hit;
          while (k >= 0 && this.tokenStarts[k] < hit.end) k = this.nextToken(k);
        } else k = this.nextToken(k);
      }
      return;
    }
    const re = p.regex(this.mode, 'ug');
    const sub = this.s.slice(from, to);
    re.lastIndex = 0;
    for (let m = re.exec(sub); m; m = re.exec(sub)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      yield { index: from + m.index, end: from + m.index + m[0].length, match: m };
    }
  }

  skipSpaces(pos: number, limit: number): number {
    while (pos < limit && isSpace(this.s.charCodeAt(pos))) pos++;
    return pos;
  }

  /** Skips spaces and any of `chars`. */
  skip(pos: number, limit: number, chars: string): number {
    while (pos < limit && (isSpace(this.s.charCodeAt(pos)) || chars.includes(this.s[pos]))) pos++;
    return pos;
  }

  /** Past a bracketed aside right after pos ("Công an tỉnh (cơ quan thường trực Đề án 06) chủ trì"), if any. */
  skipAside(pos: number, limit: number): number {
    const open = this.skipSpaces(pos, limit);
    if (this.s[open] !== '(') return pos;
    const close = this.s.indexOf(')', open);
    return close < 0 || close >= limit ? pos : close + 1;
  }

  /** Moves end back over spaces and any of `chars`. */
  trimEnd(start: number, end: number, chars = ''): number {
    while (end > start && (isSpace(this.s.charCodeAt(end - 1)) || chars.includes(this.s[end - 1]))) end--;
    return end;
  }

  isUpper(pos: number): boolean {
    const ch = this.doc.text[pos] ?? '';
    return ch !== ch.toLowerCase();
  }

  isLetter(pos: number): boolean {
    return pos < this.s.length && isWordChar(this.s.charCodeAt(pos));
  }

  /** End of the word starting at pos. */
  wordEnd(pos: number, limit: number): number {
    let i = pos;
    while (i < limit && isWordChar(this.s.charCodeAt(i))) i++;
    return i;
  }
}
