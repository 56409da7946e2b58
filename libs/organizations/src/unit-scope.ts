import type { Unit, UnitKind } from './unit.entity';

/** Kinds of unit that are a People's Committee of their own: the root of a leader's view. */
export const AUTHORITY_KINDS: readonly UnitKind[] = ['authority', 'commune'];

export const isInSubtree = (unitPath: string, rootPath: string) => unitPath.startsWith(rootPath);

/** The nearest unit, itself or an ancestor, that is an authority; the root when there is none. */
export function nearestAuthority(unit: Unit, ancestors: Unit[]): Unit {
  const chain = [unit, ...[...ancestors].reverse()];
  return chain.find((u) => AUTHORITY_KINDS.includes(u.kind)) ?? chain[chain.length - 1];
}

/** Ids in a path, root first: '/a/b/c/' → ['a', 'b', 'c']. */
export const pathIds = (path: string) => path.split('/').filter(Boolean);
