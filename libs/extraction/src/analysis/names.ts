import type { Hit, Scanner } from '../text/scan';
import {
  actionOpeners,
  and,
  aspect,
  commands,
  compounds,
  determiners,
  falseHeads,
  heads,
  nameStops,
  placeHeads,
  prepositions,
  strongOpeners,
} from './lexicon';

/** Longest lower-case run inside a name: "Ban Quản lý dự án ... công trình dân dụng và công nghiệp tỉnh". */
const MAX_LOWER_RUN = 6;
const MAX_NAME_WORDS = 18;
/** How far past a group the subject may stretch to reach its verb: "Các xã chưa đạt chuẩn ... khẩn trương". */
const MAX_SUBJECT_EXTENSION = 10;

/**
 * Where the name of a unit ends. Vietnamese capitalises only the first word of a name's parts
 * ("Phòng Y tế", "Kinh tế - Hạ tầng"), so a name runs on through capitalised words, lower-case
 * words, "-", "&" and "và", and stops at a verb, a preposition or the head of another unit.
 */
export class NameReader {
  constructor(private readonly sc: Scanner) {}

  /**
   * A head noun at pos, unless the word only looks like one ("Ban hành", "Trường hợp", "Xã hội"), or,
   * in lower case, begins a verb at least as long ("thanh tra các dự án", unaccented "bao dam" for
   * "bảo đảm" rather than "báo").
   */
  headAt(pos: number, limit: number): Hit | null {
    const sc = this.sc;
    if (sc.at(falseHeads, pos, limit)) return null;
    const head = sc.at(heads, pos, limit);
    if (!head || sc.isUpper(pos)) return head;
    return (sc.at(commands, pos, limit)?.end ?? -1) >= head.end ? null : head;
  }

  /** After "và": another unit starts ("và Phòng Y", "và UBND các xã"), unlike "và Môi trường", "và Xã hội". */
  startsUnit(k: number, limit: number): boolean {
    const sc = this.sc;
    const head = this.headAt(k, limit);
    if (!head) return !!sc.at(determiners, k, limit);
    const next = sc.skipSpaces(head.end, limit);
    const text = sc.doc.text.slice(k, head.end);
    const nextUpper = next < limit && sc.isUpper(next);
    return /\s/.test(text) || /[A-ZĐ]{2}/.test(text) || nextUpper || !!sc.at(determiners, next, limit);
  }

  /** The proper name after a head: capitalised words, abbreviations, lower-case words up to a verb or preposition. */
  nameEnd(pos: number, limit: number): number {
    const sc = this.sc;
    let end = pos;
    let i = pos;
    let words = 0;
    let lowerRun = 0;
    let afterPlace = false;
    while (words < MAX_NAME_WORDS) {
      const j = sc.skipSpaces(i, limit);
      if (j >= limit) break;
      const ch = sc.s[j];
      if (ch === '-' || ch === '&') {
        const k = sc.skipSpaces(j + 1, limit);
        // "HĐND-UBND" is one name; "Chủ tịch UBND huyện - Trưởng Ban ..." puts a second title after a spaced dash.
        const tight = k === j + 1 && j === i;
        const nameWord = sc.isUpper(k) || /\d/.test(sc.s[k]) || !sc.at(nameStops, k, limit);
        if (k >= limit || !sc.isLetter(k) || !nameWord || (!tight && this.headAt(k, limit))) break;
        i = end = sc.wordEnd(k, limit);
        words++;
        continue;
      }
      if (!sc.isLetter(j)) break;
      const viaAnd = sc.at(and, j, limit);
      if (viaAnd) {
        const k = sc.skipSpaces(viaAnd.end, limit);
        if (k >= limit || !sc.isLetter(k) || this.startsUnit(k, limit)) break;
        const compound = sc.at(compounds, k, limit);
        if (!compound && !sc.isUpper(k) && sc.at(nameStops, k, limit)) break;
        i = end = compound ? compound.end : sc.wordEnd(k, limit);
        words += 2;
        continue;
      }
      const compound = sc.at(compounds, j, limit);
      if (compound) {
        i = end = compound.end;
        words += 2;
        continue;
      }
      const upper = sc.isUpper(j) || /\d/.test(sc.s[j]);
      // Capitalised words belong to the name even when they spell a verb: "Trung tâm Phát triển quỹ đất".
      if (!upper && sc.at(nameStops, j, limit)) break;
      // The level closes a name ("Đài Truyền thanh xã"): only a place's own name may follow it ("xã Kỳ Anh").
      if (afterPlace && !upper && !sc.caseless) break;
      const place = upper ? null : sc.at(placeHeads, j, limit);
      lowerRun = upper || place ? 0 : lowerRun + 1;
      if (lowerRun > MAX_LOWER_RUN) break;
      i = end = place ? place.end : sc.wordEnd(j, limit);
      afterPlace = !!place;
      words++;
    }
    return end;
  }

  /** "xã Sơn Hồng, Sơn Lâm, Sơn Giang": capitalised names after a place noun, joined by commas. */
  placeList(end: number, limit: number): number {
    const sc = this.sc;
    const properName = (k: number) =>
      k < limit && sc.isUpper(k) && !this.headAt(k, limit) && !sc.at(nameStops, k, limit);
    let k = sc.skipSpaces(end, limit);
    if (properName(k)) end = this.nameEnd(k, limit);
    for (;;) {
      const comma = sc.skipSpaces(end, limit);
      if (sc.s[comma] !== ',') return end;
      k = sc.skipSpaces(comma + 1, limit);
      if (!properName(k)) return end;
      end = this.nameEnd(k, limit);
    }
  }

  /** Stretches a group over a relative clause when a verb closes it within a few words. */
  extendToVerb(end: number, limit: number): number {
    const sc = this.sc;
    let i = end;
    let lastWord = end;
    let firstVerb: number | null = null;
    for (let words = 0; words < MAX_SUBJECT_EXTENSION; words++) {
      const j = sc.skipSpaces(i, limit);
      if (j >= limit || !sc.isLetter(j) || sc.at(and, j, limit) || sc.at(determiners, j, limit)) break;
      if (words === 0 && sc.at(prepositions, j, limit)) break;
      if (sc.isUpper(j) && this.headAt(j, limit)) break;
      if (sc.at(actionOpeners, j, limit)) {
        if (words === 0 || sc.at(aspect, lastWord, j)) return end;
        // A relative clause has verbs of its own ("chưa đạt chuẩn ... nâng cao"); an adverb or a modal opens the action.
        if (sc.at(strongOpeners, j, limit)) return sc.trimEnd(end, j);
        firstVerb ??= j;
      }
      lastWord = j;
      i = sc.wordEnd(j, limit);
    }
    return firstVerb === null ? end : sc.trimEnd(end, firstVerb);
  }
}
