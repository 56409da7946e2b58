import type { Scanner } from '../text/scan';
import { actionOpeners, comrades, determiners, inCharge, personHeads } from './lexicon';
import type { Mention, MentionOptions } from './mentions';
import type { NameReader } from './names';

/** Longest field after "phụ trách": "khối văn hóa - xã hội và y tế". */
const MAX_FIELD_WORDS = 8;

type UnitAt = (pos: number, limit: number, options?: MentionOptions) => Mention | null;

/**
 * People a notice names for their unit or addresses in person: "Chủ tịch UBND các xã", "Bí thư chi
 * bộ", "Người đứng đầu", "Đ/c Trần Văn Bình, Trưởng thôn Bắc Sơn", "đồng chí Phó Chủ tịch Nguyễn
 * Văn Khoa". A person may be the speaker as well as the one addressed, so each counts as an
 * authority: named before "đề nghị" they assign, after it they lead.
 */
export class PeopleReader {
  constructor(
    private readonly sc: Scanner,
    private readonly names: NameReader,
    private readonly unitAt: UnitAt,
  ) {}

  /** The person at pos; null when a person word stands there but names nobody; undefined when none does. */
  at(pos: number, limit: number, options: MentionOptions): Mention | null | undefined {
    const sc = this.sc;
    const marker = sc.at(comrades, pos, limit);
    if (marker && !sc.at(determiners, pos, limit)) return this.addressed(pos, marker.end, limit, options);
    const person = sc.at(personHeads, pos, limit);
    if (!person || !(sc.isUpper(pos) || sc.at(determiners, sc.skipSpaces(person.end, limit), limit)))
      return undefined;
    return this.titled(pos, person.end, limit, options);
  }

  /** "Chủ tịch UBND các xã", "trưởng các thôn", or the title alone: "Người đứng đầu phải ...". */
  private titled(pos: number, titleEnd: number, limit: number, options: MentionOptions): Mention | null {
    const sc = this.sc;
    const inner = this.unitAt(titleEnd, limit, options) ?? this.bareHead(titleEnd, limit);
    if (inner) {
      const end = this.field(inner.end, limit);
      return { start: pos, end, authority: !inner.group, group: inner.group, addressee: end > inner.end };
    }
    // A capital after the title continues a name this reader did not make out ("Trưởng Ban Chỉ đạo"): no guess.
    if (!sc.isUpper(pos) || sc.isUpper(sc.skipSpaces(titleEnd, limit))) return null;
    const end = this.field(titleEnd, limit);
    return { start: pos, end, authority: true, group: false, addressee: end > titleEnd };
  }

  /** "Phó Chủ tịch phụ trách văn hóa - xã hội": the field a leader is in charge of belongs to the title. */
  private field(end: number, limit: number): number {
    const sc = this.sc;
    const charge = sc.at(inCharge, sc.skipSpaces(end, limit), limit);
    if (!charge) return end;
    // The field runs up to the leader's action: "... văn hóa - xã hội chỉ đạo ...".
    let k = sc.skipSpaces(charge.end, limit);
    for (let words = 0; words < MAX_FIELD_WORDS && k < limit; words++) {
      if (sc.at(actionOpeners, k, limit) || !(sc.isLetter(k) || sc.s[k] === '-')) break;
      end = sc.isLetter(k) ? sc.wordEnd(k, limit) : k + 1;
      k = sc.skipSpaces(end, limit);
    }
    return end;
  }

  /**
   * "Đ/c" or "đồng chí", then a title, a name, and a title after a comma or a dash. Named or given a
   * field ("đồng chí Phó Chủ tịch phụ trách văn hóa"), the person is one addressed, not the speaker.
   */
  private addressed(pos: number, markerEnd: number, limit: number, options: MentionOptions): Mention {
    const sc = this.sc;
    let end = markerEnd;
    const title = this.title(sc.skipSpaces(end, limit), limit, options);
    if (title) end = title.end;
    const name = this.personName(sc.skipSpaces(end, limit), limit);
    end = name ?? end;
    const sep = sc.skipSpaces(end, limit);
    if (end > markerEnd && (sc.s[sep] === ',' || sc.s[sep] === '-')) {
      end = this.title(sc.skipSpaces(sep + 1, limit), limit, options)?.end ?? end;
    }
    return { start: pos, end, authority: true, group: false, addressee: name !== null || !!title?.addressee };
  }

  private title(pos: number, limit: number, options: MentionOptions): Mention | null {
    const person = this.sc.at(personHeads, pos, limit);
    return person ? this.titled(pos, person.end, limit, options) : null;
  }

  /** Capitalised words that are neither a unit nor a title: "Trần Văn Bình". */
  private personName(pos: number, limit: number): number | null {
    const sc = this.sc;
    let end: number | null = null;
    for (let k = pos; k < limit && sc.isLetter(k) && sc.isUpper(k); k = sc.skipSpaces(end, limit)) {
      if (this.names.headAt(k, limit) || sc.at(personHeads, k, limit)) break;
      end = sc.wordEnd(k, limit);
    }
    return end;
  }

  /** A head in lower case with its name, as after a title: "Bí thư chi bộ", "trưởng thôn". */
  private bareHead(pos: number, limit: number): Mention | null {
    const at = this.sc.skipSpaces(pos, limit);
    const head = this.names.headAt(at, limit);
    return head
      ? { start: at, end: this.names.nameEnd(head.end, limit), authority: false, group: false }
      : null;
  }
}
