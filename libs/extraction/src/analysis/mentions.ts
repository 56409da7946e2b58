import type { Pattern } from '../text/pattern';
import type { Scanner } from '../text/scan';
import {
  acronymHeads,
  actionOpeners,
  and,
  aspect,
  authorityHeads,
  complementNouns,
  determiners,
  groupHeads,
  groupNouns,
  modals,
  nameStops,
  placeHeads,
  qualifiers,
  standaloneHeads,
  standardDepartments,
  standardNames,
} from './lexicon';
import { NameReader } from './names';
import { PeopleReader } from './people';

/** A unit, group or person-for-a-unit named in the text, as a range of the normalised text. */
export interface Mention {
  start: number;
  end: number;
  /** The speaker's own authority (UBND huyện, Chủ tịch ...): named before "đề nghị", it assigns. */
  authority: boolean;
  group: boolean;
  /** A head alone referring back to a unit named before: "Sở phải rà soát ..." (see Antecedents). */
  anaphor?: boolean;
  /** A person named or given a field ("Đ/c Lê Văn A", "Phó Chủ tịch phụ trách văn hóa"): one addressed. */
  addressee?: boolean;
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
  private readonly people: PeopleReader;

  constructor(
    private readonly sc: Scanner,
    private readonly known: Pattern | null,
  ) {
    this.names = new NameReader(sc);
    this.people = new PeopleReader(sc, this.names, (pos, limit, options) => this.at(pos, limit, options));
  }

  /**
   * A list of mentions joined by "," or "và" ("Phòng Tài nguyên và Môi trường, Phòng Kinh tế - Hạ
   * tầng"), or by "+" in a message typed in haste ("Công an phường + Phòng KT-HT").
   */
  listAt(pos: number, limit: number, options: MentionOptions = {}): Mention[] {
    const sc = this.sc;
    const first = this.at(pos, limit, options);
    if (!first) return [];
    const list = [first];
    for (;;) {
      let k = sc.skipSpaces(list[list.length - 1].end, limit);
      if (sc.s[k] === ',' || sc.s[k] === '+') k = sc.skipSpaces(k + 1, limit);
      else if (!sc.at(and, k, limit)) break;
      const viaAnd = sc.at(and, k, limit);
      const next = this.at(viaAnd ? viaAnd.end : k, limit, options);
      if (!next) break;
      list.push(next);
    }
    return list;
  }

  /** The unit head starting at pos ("ban chỉ huy", "phòng"), if any. */
  headAt(pos: number, limit: number) {
    return this.names.headAt(pos, limit);
  }

  at(pos: number, limit: number, options: MentionOptions = {}): Mention | null {
    const sc = this.sc;
    pos = sc.skipSpaces(pos, limit);
    if (pos >= limit || !sc.isLetter(pos)) return null;
    if (sc.at(determiners, pos, limit)) return this.group(pos, limit, options);
    const person = this.people.at(pos, limit, options);
    if (person !== undefined) return person;
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
      if (end === core.end && !named && !standalone) {
        // "Sở phải ...", "Phòng cũng cần ...": the head alone, capitalised, before its action.
        const next = sc.skipSpaces(end, limit);
        const acts = sc.at(aspect, next, limit) || sc.at(actionOpeners, next, limit);
        return sc.isUpper(pos) && acts
          ? { start: pos, end, authority: false, group: false, anaphor: true }
          : null;
      }
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
    // Right after an assigning verb, or anywhere in a text typed all in lower case ("phong kinh te kiem tra ..."),
    // a head in lower case still names a unit when words that are not its action follow it.
    // A place noun only when the head is no longer than it: unaccented "ban chi huy" is no village ("bản").
    if ((sc.at(placeHeads, pos, limit)?.end ?? -1) < headEnd)
      return (
        (!!options.properNames || sc.caseless) && sc.isLetter(next) && !sc.at(actionOpeners, next, limit)
      );
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
    const noun = sc.at(groupHeads, at, limit);
    if (!noun) return null;
    let end = noun.end;
    for (;;) {
      // "các sở, ngành và địa phương": "các" covers every noun of the list, "và" included.
      const joint = sc.skipSpaces(end, limit);
      const viaAnd = sc.s[joint] === ',' ? null : sc.at(and, joint, limit);
      if (sc.s[joint] !== ',' && !viaAnd) break;
      const next = sc.skipSpaces(viaAnd ? viaAnd.end : joint + 1, limit);
      const bare = !sc.at(determiners, next, limit) && !(viaAnd && sc.isUpper(next));
      const more = bare ? sc.at(groupNouns, next, limit) : null;
      if (!more) break;
      end = more.end;
    }
    if (sc.at(complementNouns, at, limit)) end = this.at(end, limit)?.end ?? end;
    // "các xã: Phú Gia, Hương Đô": the colon only introduces the names.
    const colon = sc.skipSpaces(end, limit);
    const named =
      sc.s[colon] === ':' && sc.at(placeHeads, at, limit) ? this.names.placeList(colon + 1, limit) : -1;
    if (named > colon + 1) end = named;
    else if (sc.at(placeHeads, at, limit)) end = this.names.placeList(end, limit);
    end = sc.at(qualifiers, sc.skipSpaces(end, limit), limit)?.end ?? end;
    if (options.extendToVerb) end = this.names.extendToVerb(end, limit);
    return { start: pos, end, authority: false, group: true };
  }
}
