import { foldDiacritics } from '@dondoc/core';
import { GROUP_QUALIFIERS, PLACE_HEADS, UNIT_HEADS } from '../rules/units';

/**
 * Keys that make two spellings of a unit's name meet: case, marks, punctuation and "và" do not
 * count ("Phòng Tài chính – Kế hoạch" = "phong tai chinh ke hoach"), nor do the initials of a name
 * and its abbreviation ("Tài chính - Kế hoạch" = "TC-KH" = "tckh").
 */
const words = (name: string) =>
  foldDiacritics(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((w) => w && w !== 'va');

const foldedHeads = UNIT_HEADS.map((h) => words(h).join(' ')).sort((a, b) => b.length - a.length);
const foldedQualifiers = GROUP_QUALIFIERS.map((q) => words(q).join(' '));
const foldedPlaces = PLACE_HEADS.map((p) => words(p).join(' '));
const LOCATIVE_SUFFIX = / (?:huyen|tinh|xa|phuong)$/;
const AUTHORITY_PREFIX = /^(?:ubnd|uy ban nhan dan) /;

export function nameKey(name: string): string {
  return words(name).join(' ');
}

/** The keys to try for a written name: as is, without "huyện" at the end, without "UBND" in front. */
export function nameKeys(name: string): string[] {
  const key = nameKey(name);
  return [key, key.replace(LOCATIVE_SUFFIX, ''), key.replace(AUTHORITY_PREFIX, '')];
}

/** Whether a name begins with a head noun ("Phòng ...", "UBND ..."), so it can be read in running text. */
export function hasHead(name: string): boolean {
  const key = nameKey(name);
  return foldedHeads.some((h) => key.startsWith(h + ' '));
}

/**
 * Initials after the head noun, prefixed by the head's: "Phòng Tài chính - Kế hoạch" and "Phòng
 * TC-KH" give "p:tckh", "TC-KH" gives ":tckh"; "Lao động - TB&XH" gives "ldtbxh" (a word in
 * capitals counts whole). A trailing "huyện"/"tỉnh" does not count. The head tells "Phòng VH-TT"
 * from "Trung tâm VH-TT".
 */
export function abbreviationKey(name: string): string {
  const original = name.match(/[\p{L}\p{N}]+/gu) ?? [];
  const key = nameKey(name);
  const head = foldedHeads.find((h) => key.startsWith(h + ' '));
  const headWords = head ? head.split(' ').length : 0;
  const initials = (ws: string[]) =>
    ws
      .map((w) => (w.length > 1 && w === w.toUpperCase() ? foldDiacritics(w) : foldDiacritics(w)[0]))
      .join('');
  const rest = original
    .slice(headWords)
    .filter(
      (w, i, all) =>
        foldDiacritics(w) !== 'va' && !(i === all.length - 1 && /^(?:huyen|tinh)$/.test(foldDiacritics(w))),
    );
  return `${initials(original.slice(0, headWords))}:${initials(rest)}`;
}

/** The same initials without the head: what "TC-KH" written alone is matched against. */
export function bareAbbreviation(key: string): string {
  return key.slice(key.indexOf(':'));
}

/** "các phòng, ban liên quan" → "cac phong ban": a group name without what narrows it. */
export function withoutQualifier(key: string): string {
  const qualifier = foldedQualifiers.find((q) => key.endsWith(' ' + q));
  return qualifier ? key.slice(0, -qualifier.length - 1) : key;
}

/** "UBND các xã Sơn Hồng, Sơn Lâm" → ["xa son hong", "xa son lam"]: communes listed after one head. */
export function placeList(name: string): string[] | null {
  const parts = foldDiacritics(name).replace(/^(?:chu tich )?(?:ubnd |uy ban nhan dan )?cac /, '');
  if (parts === foldDiacritics(name)) return null;
  const place = foldedPlaces.find((p) => parts.startsWith(p + ' '));
  if (!place) return null;
  return parts
    .slice(place.length + 1)
    .split(/\s*,\s*|\s+va\s+/)
    .filter(Boolean)
    .map((n) => nameKey(`${place} ${n}`));
}
