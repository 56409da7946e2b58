/** A run of the list: rows [offset, offset + limit) of units laid end to end in list order. */
export interface OverdueSlice {
  unitIds: string[];
  /** Rows to skip inside the first unit of the slice. */
  skip: number;
  limit: number;
}

/**
 * Which units a page of the overdue list falls on. The summary already holds each unit's count,
 * so a page reads only the tasks of those few units instead of sorting every overdue task.
 * Null when the page lies past the end.
 */
export function sliceOf(
  units: readonly { id: string; count: number }[],
  offset: number,
  limit: number,
): OverdueSlice | null {
  let before = 0;
  let first = 0;
  while (first < units.length && before + units[first].count <= offset) before += units[first++].count;
  if (first === units.length || limit <= 0) return null;
  const skip = offset - before;
  const unitIds: string[] = [];
  let covered = -skip;
  for (let i = first; i < units.length && covered < limit; i++) {
    unitIds.push(units[i].id);
    covered += units[i].count;
  }
  return { unitIds, skip, limit };
}
