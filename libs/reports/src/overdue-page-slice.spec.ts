import { sliceOf } from './overdue-page-slice';

const units = [
  { id: 'a', count: 3 },
  { id: 'b', count: 1 },
  { id: 'c', count: 5 },
  { id: 'd', count: 2 },
];

describe('sliceOf', () => {
  it('starts on the first unit for the first page', () => {
    expect(sliceOf(units, 0, 2)).toEqual({ unitIds: ['a'], skip: 0, limit: 2 });
    expect(sliceOf(units, 0, 4)).toEqual({ unitIds: ['a', 'b'], skip: 0, limit: 4 });
  });

  it('spans units and skips into the first one', () => {
    // Rows 2..6: the last of a, all of b, the first three of c.
    expect(sliceOf(units, 2, 5)).toEqual({ unitIds: ['a', 'b', 'c'], skip: 2, limit: 5 });
    // Row 4 is c's first.
    expect(sliceOf(units, 4, 5)).toEqual({ unitIds: ['c'], skip: 0, limit: 5 });
    expect(sliceOf(units, 5, 5)).toEqual({ unitIds: ['c', 'd'], skip: 1, limit: 5 });
  });

  it('reads every row exactly once when paged to the end', () => {
    const seen: string[] = [];
    for (let offset = 0; ; offset += 3) {
      const slice = sliceOf(units, offset, 3);
      if (!slice) break;
      const rows = slice.unitIds.flatMap((id) =>
        Array.from({ length: units.find((u) => u.id === id)!.count }, (_, i) => `${id}${i}`),
      );
      seen.push(...rows.slice(slice.skip, slice.skip + slice.limit));
    }
    expect(seen).toEqual(['a0', 'a1', 'a2', 'b0', 'c0', 'c1', 'c2', 'c3', 'c4', 'd0', 'd1']);
  });

  it('is null past the end or with nothing overdue', () => {
    expect(sliceOf(units, 11, 5)).toBeNull();
    expect(sliceOf([], 0, 50)).toBeNull();
  });
});
