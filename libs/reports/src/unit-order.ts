/** Vietnamese order for unit names ("Xã Sơn Kim 2" before "Xã Sơn Kim 10"). */
const collator = new Intl.Collator('vi', { numeric: true });

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Compares two units by name, the code breaking ties. */
export function byUnitName(a: { name: string; code: string }, b: { name: string; code: string }): number {
  return collator.compare(a.name, b.name) || byCode(a.code, b.code);
}

/** Past this many distinct names, start over rather than grow without end. */
const MAX_REMEMBERED = 50_000;

/**
 * Sorts by unit name as byUnitName does, but remembers each name's place. Collating thousands of
 * names costs ~10 ms a request (the collator is slow per comparison); unit names rarely change, so
 * once ranked they are compared as integers and only names not seen before are collated.
 */
export class UnitNameOrder {
  private sorted: string[] = [];
  private ranks = new Map<string, number>();

  /** A sorted copy of items. */
  sort<T>(items: readonly T[], unitOf: (item: T) => { name: string; code: string }): T[] {
    const ranks = this.rank(items.map((item) => unitOf(item).name));
    const keyed = items.map((item) => {
      const unit = unitOf(item);
      return { item, rank: ranks.get(unit.name) ?? 0, code: unit.code };
    });
    keyed.sort((a, b) => a.rank - b.rank || byCode(a.code, b.code));
    return keyed.map((k) => k.item);
  }

  private rank(names: string[]): ReadonlyMap<string, number> {
    let fresh = [...new Set(names.filter((n) => !this.ranks.has(n)))];
    if (!fresh.length) return this.ranks;
    if (this.sorted.length + fresh.length > MAX_REMEMBERED) {
      this.sorted = [];
      fresh = [...new Set(names)];
    }
    this.sorted = merge(this.sorted, fresh.sort(collator.compare));
    this.ranks = new Map(this.sorted.map((name, i) => [name, i]));
    return this.ranks;
  }
}

function merge(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(collator.compare(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
  return out.concat(a.slice(i), b.slice(j));
}
