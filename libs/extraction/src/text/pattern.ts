import type { Mode, Scanner } from './scan';

/** Strips Vietnamese marks from a rule written with them, leaving regex syntax alone. */
export function stripMarks(source: string): string {
  return source
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** A list of phrases as a regex alternation, any run of spaces between words: for rules written as regexes. */
export function alternation(list: readonly string[]): string {
  return list.map((w) => w.replace(/ /g, '\\s+')).join('|');
}

/** Letters and digits of any script; the normalised text has already turned odd spaces and dashes into ' ' and '-'. */
export function isWordChar(code: number): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return code >= 0xc0 && !(code >= 0x2000 && code <= 0x206f) && code !== 0xd7 && code !== 0xf7;
}

export const isSpace = (code: number) => code === 32 || code === 10 || code === 9;

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/** Words (letter runs) and single signs (",", "-", "&", "/"): what a phrase is matched on. */
function tokens(phrase: string): string[] {
  return phrase.match(/[\p{L}\p{N}]+|[,&\-/]/gu) ?? [];
}

/**
 * A rule written once, in lower case with diacritics, prepared lazily for both modes: a list of
 * phrases, matched word by word through a trie (any spacing between words, punctuation may
 * touch), or a regex source.
 */
export class Pattern {
  private readonly tries: Partial<Record<Mode, TrieNode>> = {};
  private readonly compiled: Record<string, RegExp | undefined> = {};

  private constructor(
    private readonly source: string | null,
    private readonly list: readonly string[] = [],
  ) {}

  static phrases(list: readonly string[]): Pattern {
    return new Pattern(null, list);
  }

  /** A regex source; guard the start of words yourself where it matters. */
  static regex(source: string): Pattern {
    return new Pattern(source);
  }

  regex(mode: Mode, flags: 'uy' | 'ug'): RegExp {
    if (this.source === null) throw new Error('A phrase list has no regex.');
    const key = flags === 'uy' ? (mode === 'plain' ? 'py' : 'my') : mode === 'plain' ? 'pg' : 'mg';
    return (this.compiled[key] ??= new RegExp(
      mode === 'plain' ? stripMarks(this.source) : this.source,
      flags,
    ));
  }

  /** Length of the longest phrase starting exactly at the token at pos, or -1. */
  matchAt(sc: Scanner, pos: number, limit: number): number {
    let node = (this.tries[sc.mode] ??= this.build(sc.mode));
    let k = sc.tokenIndex(pos);
    let best = -1;
    while (k >= 0 && sc.tokenStart(k) < limit) {
      const end = sc.tokenEnd(k);
      if (end > limit) break;
      const child = node.next.get(sc.tokenText(k));
      if (!child) break;
      node = child;
      if (node.end) best = end;
      k = sc.nextToken(k);
    }
    return best < 0 ? -1 : best - pos;
  }

  get isRegex(): boolean {
    return this.source !== null;
  }

  private build(mode: Mode): TrieNode {
    const root: TrieNode = { end: false, next: new Map() };
    for (const phrase of this.list) {
      let node = root;
      const text = phrase.toLowerCase();
      for (const token of tokens(mode === 'plain' ? stripMarks(text) : text)) {
        let child = node.next.get(token);
        if (!child) node.next.set(token, (child = { end: false, next: new Map() }));
        node = child;
      }
      if (node !== root) node.end = true;
    }
    return root;
  }
}
