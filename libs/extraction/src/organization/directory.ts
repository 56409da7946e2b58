import { Pattern } from '../text/pattern';
import type { OrganizationDirectory } from '../types';
import {
  abbreviationKey,
  bareAbbreviation,
  hasHead,
  nameKey,
  nameKeys,
  placeList,
  withoutQualifier,
} from './keys';

/** What a name written in a notice resolved to. */
export interface Resolution {
  unitIds: string[];
  groupId: string | null;
  /** Matched a group only by its head: "các xã đã đăng ký ..." means some of the communes. */
  narrowed: boolean;
}

/** A directory prepared for lookups: the names it knows as a Pattern, and indexes by key and by abbreviation. */
export interface CompiledDirectory {
  /** Names worth reading as units in running text (they begin with a head noun or are abbreviations). */
  names: Pattern;
  resolve(written: string): Resolution | null;
}

/** Initials shorter than this match too much by chance. */
const MIN_ABBREVIATION = 3;
const compiled = new WeakMap<OrganizationDirectory, CompiledDirectory>();

/** Indexes a directory once (cached per object: the API passes the same one for many requests). */
export function compileDirectory(dir: OrganizationDirectory): CompiledDirectory {
  const cached = compiled.get(dir);
  if (cached) return cached;
  const byKey = new Map<string, Set<string>>();
  const byAbbreviation = new Map<string, Set<string>>();
  const groups = new Map<string, { id: string; members: string[] }>();
  const add = (map: Map<string, Set<string>>, key: string, id: string) => {
    if (key) map.set(key, (map.get(key) ?? new Set<string>()).add(id));
  };
  const readable: string[] = [];
  for (const unit of dir.units) {
    for (const name of [unit.name, unit.shortName, unit.code, ...(unit.aliases ?? [])]) {
      if (!name) continue;
      add(byKey, nameKey(name), unit.id);
      const abbreviation = abbreviationKey(name);
      if (bareAbbreviation(abbreviation).length > MIN_ABBREVIATION) {
        add(byAbbreviation, abbreviation, unit.id);
        add(byAbbreviation, bareAbbreviation(abbreviation), unit.id);
      }
      if (hasHead(name) || /[A-ZĐ]{2,}\s*[-&]/u.test(name)) readable.push(name);
    }
  }
  for (const group of dir.groups) {
    for (const name of [group.name, ...(group.aliases ?? [])]) {
      groups.set(nameKey(name), { id: group.id, members: group.memberUnitIds });
      readable.push(name);
    }
  }

  // A key shared by two units (two "Phòng Văn hóa" in different communes) decides nothing.
  const unique = (set: Set<string> | undefined) => (set?.size === 1 ? [...set] : null);
  const unitIds = (written: string): string[] | null => {
    for (const key of nameKeys(written)) {
      const hit = unique(byKey.get(key));
      if (hit) return hit;
    }
    return unique(byAbbreviation.get(abbreviationKey(written)));
  };
  const group = (id: string, members: string[], narrowed = false): Resolution => ({
    unitIds: members,
    groupId: id,
    narrowed,
  });

  const result: CompiledDirectory = {
    names: Pattern.phrases(readable),
    resolve(written) {
      const ids = unitIds(written);
      if (ids) return { unitIds: ids, groupId: null, narrowed: false };
      const key = nameKey(written);
      const whole = groups.get(key) ?? groups.get(withoutQualifier(key));
      if (whole) return group(whole.id, whole.members);
      const listed = placeList(written)?.map((k) => unique(byKey.get(k)));
      if (listed?.length && listed.every((x) => x))
        return { unitIds: listed.flatMap((x) => x ?? []), groupId: null, narrowed: false };
      // The longest group name that opens the text: "các xã đã đăng ký ..." is some of "các xã".
      const words = key.split(' ');
      for (let n = words.length - 1; n >= 2; n--) {
        const prefix = groups.get(words.slice(0, n).join(' '));
        if (prefix) return group(prefix.id, prefix.members, true);
      }
      return null;
    },
  };
  compiled.set(dir, result);
  return result;
}
