import type { Pattern } from '../text/pattern';
import type { Scanner } from '../text/scan';
import {
  acronymHeads,
  actionOpeners,
  and,
  authorityHeads,
  complementNouns,
  determiners,
  groupNouns,
  modals,
  nameStops,
  personHeads,
  placeHeads,
  qualifiers,
  standaloneHeads,
  standardDepartments,
  standardNames,
} from './lexicon';
import { NameReader } from './names';

/** A unit, group or person-for-a-unit named in the text, as a range of the normalised text. */
export interface Mention {
  start: number;
  end: number;
  /** The speaker's own authority (UBND huyện, Chủ tịch ...): named before "đề nghị", it assigns. */
  authority: boolean;
  group: boolean;
}

export interface MentionOptions {
  /** In subject position, a group may carry a relative clause up to its verb. */
  extendToVerb?: boolean;
  /**
   * Right after "đề nghị / yêu cầu / giao" or "phối hợp với", a unit is expected: capitalised words
   * name one even without a known head ("Viettel Quảng Trị"), and heads count in lower case too
   * ("giao phong tai chinh - ke hoach").
   */
  properNames?: boolean;
  /** At the head of a clause, a place noun alone before its modal is the subject: "xã cần triển khai ...". */
  barePlace?: boolean;
}

/** "TC-KH", "TN&MT", "LĐ-TB&XH": department abbreviations standing alone. */
const ABBREVIATION = /[A-ZĐ]{1,5}(?:\s*[-&]\s*[A-ZĐ]{1,5})+(?![\p{L}\p{N}])/uy;

/**
 * Reads unit names at a position: a head and its name ("Phòng Tư pháp"), a group ("các xã, thị
 * trấn"), a person for a unit ("Chủ tịch UBND các xã"), an abbreviation ("TC-KH"); `names` adds
 * the organisation's own names and aliases.
 */
export class MentionReader {
  private readonly names: NameReader;

  constructor(
    private readonly sc: Scanner,
    private readonly known: Pattern | null,
  ) {
    this.names = new NameReader(sc);
  }

  /** A list of mentions joined by "," or "và": "Phòng Tài nguyên và Môi trường, Phòng Kinh tế - Hạ tầng". */
  listAt(pos: number, limit: number, options: MentionOptions = {}): Mention[] {
    const sc = this.sc;
    const first = this.at(pos, limit, options);
    if (!first) return [];
    const list = [first];
    for (;;) {
      let k = sc.skipSpaces(list[list.length - 1].end, limit);
      if (sc.s[k] === ',') k = sc.skipSpaces(k + 1, limit);
      else if (!sc.at(and, k, limit)) break;
      const viaAnd = sc.at(and, k, limit);
      const next = this.at(viaAnd ? viaAnd.end : k, limit, options);
      if (!next) break;
      list.push(next);
    }
    return list;
  }

  at(pos: number, limit: number, options: MentionOptions = {}): Mention | null {
    const sc = this.sc;
    pos = sc.skipSpaces(pos, limit);
    if (pos >= limit || !sc.isLetter(pos)) return null;
    if (sc.at(determiners, pos, limit)) return this.group(pos, limit, options);
    const person = sc.at(personHeads, pos, limit);
    if (person && (sc.isUpper(pos) || sc.at(determiners, sc.skipSpaces(person.end, limit), limit))) {
      // "Chủ tịch UBND các xã", "Bí thư chi bộ", "trưởng các thôn": a person named by the unit they head.
      const inner = this.at(person.end, limit, options) ?? this.bareHead(person.end, limit);
      return inner ? { start: pos, end: inner.end, authority: !inner.group, group: inner.group } : null;
    }
    const named = (this.known ? sc.at(this.known, pos, limit) : null) ?? this.standard(pos, limit);
    const head = named ? null : this.names.headAt(pos, limit);
    const core = named ?? (head && this.startsName(pos, head.end, limit, options) ? head : null);
    if (core) {
      // "UBND các xã, thị trấn": a head followed by a group names the group.
      const afterHead = sc.skipSpaces(core.end, limit);
      if (!named && sc.at(determiners, afterHead, limit)) {
        const group = this.group(afterHead, limit, options);
        if (group) return { ...group, start: pos };
      }
      const end = this.names.placeList(this.names.nameEnd(core.end, limit), limit);
      // A bare "Thanh tra, kiểm tra ..." is a verb; places and bodies like "Đảng ủy" stand without a name.
      const standalone = sc.at(placeHeads, pos, limit) || sc.at(standaloneHeads, pos, limit);
      if (end === core.end && !named && !standalone) return null;
      return { start: pos, end, authority: !!sc.at(authorityHeads, pos, limit), group: false };
    }
    ABBREVIATION.lastIndex = pos;
    const abbreviation = sc.isUpper(pos) ? ABBREVIATION.exec(sc.doc.text) : null;
    if (abbreviation && pos + abbreviation[0].length <= limit) {
      return {
        start: pos,
        end: this.names.nameEnd(pos + abbreviation[0].length, limit),
        authority: false,
        group: false,
      };
    }
    return options.properNames ? this.properName(pos, limit) : null;
  }

  /** A head in lower case with its name, as after a person: "Bí thư chi bộ", "trưởng thôn". */
  private bareHead(pos: number, limit: number): Mention | null {
    const at = this.sc.skipSpaces(pos, limit);
    const head = this.names.headAt(at, limit);
    return head
      ? { start: at, end: this.names.nameEnd(head.end, limit), authority: false, group: false }
      : null;
  }

  /** Bodies every locality has, by their standard names; departments are known even in lower case. */
  private standard(pos: number, limit: number) {
    const sc = this.sc;
    return (
      (sc.isUpper(pos) ? sc.at(standardNames, pos, limit) : null) ?? sc.at(standardDepartments, pos, limit)
    );
  }

  /**
   * A head names a unit when capitalised ("Phòng Y tế") or an acronym ("ubnd"); a place head in
   * lower case before a place name ("xã Kỳ Anh") or alone before its modal ("xã cần ...").
   */
  private startsName(pos: number, headEnd: number, limit: number, options: MentionOptions): boolean {
    const sc = this.sc;
    if (sc.isUpper(pos) || sc.at(acronymHeads, pos, limit)) return true;
    const next = sc.skipSpaces(headEnd, limit);
    if (next >= limit) return false;
    if (!sc.at(placeHeads, pos, limit))
      return !!options.properNames && sc.isLetter(next) && !sc.at(actionOpeners, next, limit);
    // "xã cần triển khai ..." as a subject; "yêu cầu xã tập trung ..." after an assigning verb.
    if (options.properNames && sc.at(actionOpeners, next, limit)) return true;
    return sc.isUpper(next) || (!!options.barePlace && !!sc.at(modals, next, limit));
  }

  /** "Viễn thông Quảng Trị, Viettel Quảng Trị khảo sát ...": capitalised words before an action or another name. */
  private properName(pos: number, limit: number): Mention | null {
    const sc = this.sc;
    if (!sc.isUpper(pos) || sc.at(nameStops, pos, limit)) return null;
    const end = this.names.nameEnd(pos, limit);
    if (end === pos) return null;
    const after = sc.skipSpaces(end, limit);
    const listed = sc.s[after] === ',' && sc.isUpper(sc.skipSpaces(after + 1, limit));
    return listed || sc.at(actionOpeners, sc.skip(end, limit, ','), limit)
      ? { start: pos, end, authority: false, group: false }
      : null;
  }

  /** After "các": nouns joined by commas ("phòng, ban, cơ quan"), a complement, place names, qualifiers. */
  private group(pos: number, limit: number, options: MentionOptions): Mention | null {
    const sc = this.sc;
    const at = sc.skipSpaces(sc.at(determiners, pos, limit)?.end ?? pos, limit);
    const noun = sc.at(groupNouns, at, limit);
    if (!noun) return null;
    let end = noun.end;
    for (;;) {
      const comma = sc.skipSpaces(end, limit);
      if (sc.s[comma] !== ',') break;
      const next = sc.skipSpaces(comma + 1, limit);
      const more = sc.at(determiners, next, limit) ? null : sc.at(groupNouns, next, limit);
      if (!more) break;
      end = more.end;
    }
    if (sc.at(complementNouns, at, limit)) end = this.at(end, limit)?.end ?? end;
    if (sc.at(placeHeads, at, limit)) end = this.names.placeList(end, limit);
    end = sc.at(qualifiers, sc.skipSpaces(end, limit), limit)?.end ?? end;
    if (options.extendToVerb) end = this.names.extendToVerb(end, limit);
    return { start: pos, end, authority: false, group: true };
  }
}
