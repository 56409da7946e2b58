import { DomainError } from '@dondoc/core';
import {
  assertPeriod,
  EMPTY_COUNTS,
  GridCounts,
  rankScorecard,
  ScorecardUnit,
  sumCounts,
  withTotals,
} from './scorecard';

const unit = (name: string, code = name): ScorecardUnit => ({ id: code, name, code, kind: 'commune' });
const counts = (c: Partial<GridCounts>): GridCounts => ({ ...EMPTY_COUNTS, ...c });

describe('withTotals', () => {
  it('adds the four cells of the grid and rates done-on-time against them', () => {
    expect(
      withTotals(
        counts({
          doneOnTime: 2,
          doneLate: 1,
          notDoneOnTrack: 2,
          notDoneOverdue: 1,
          doneOnTimeVsOriginal: 1,
          standing: 4,
        }),
      ),
    ).toEqual({
      doneOnTime: 2,
      doneLate: 1,
      notDoneOnTrack: 2,
      notDoneOverdue: 1,
      doneOnTimeVsOriginal: 1,
      standing: 4,
      total: 6,
      onTimeRate: 0.3333,
      onTimeRateVsOriginal: 0.1667,
    });
  });

  it('has no rate when nothing fell due, standing tasks notwithstanding', () => {
    expect(withTotals(counts({ standing: 3 }))).toMatchObject({
      total: 0,
      onTimeRate: null,
      onTimeRateVsOriginal: null,
    });
  });
});

describe('rankScorecard', () => {
  it('ranks by rate, then by the number of tasks carried, then by name', () => {
    const ranked = rankScorecard([
      { unit: unit('Xã Sơn Kim 10'), counts: counts({ doneOnTime: 1, doneLate: 1 }) }, // 50%, 2 tasks
      { unit: unit('Xã Sơn Tây'), counts: counts({ doneOnTime: 3, notDoneOverdue: 1 }) }, // 75%
      { unit: unit('Xã Sơn Kim 2'), counts: counts({ doneOnTime: 1, notDoneOnTrack: 1 }) }, // 50%, 2 tasks
      { unit: unit('Phòng Tư pháp'), counts: counts({ doneOnTime: 2, doneLate: 2 }) }, // 50%, 4 tasks
      { unit: unit('Phòng Nội vụ'), counts: counts({ standing: 2 }) }, // nothing due
    ]);
    expect(ranked.map((r) => [r.rank, r.unit.name, r.onTimeRate])).toEqual([
      [1, 'Xã Sơn Tây', 0.75],
      [2, 'Phòng Tư pháp', 0.5],
      [3, 'Xã Sơn Kim 2', 0.5],
      [3, 'Xã Sơn Kim 10', 0.5],
      [null, 'Phòng Nội vụ', null],
    ]);
  });

  it('compares rates exactly, so 1/3 and 2/6 tie and 33.33% does not', () => {
    const ranked = rankScorecard([
      { unit: unit('A'), counts: counts({ doneOnTime: 1, doneLate: 2 }) },
      { unit: unit('B'), counts: counts({ doneOnTime: 2, doneLate: 4 }) },
      { unit: unit('C'), counts: counts({ doneOnTime: 3333, doneLate: 6667 }) },
    ]);
    expect(ranked.map((r) => [r.rank, r.unit.name])).toEqual([
      [1, 'B'],
      [2, 'A'],
      [3, 'C'],
    ]);
  });

  it('gives units with the same rate and the same total the same rank, and the next one skips', () => {
    const ranked = rankScorecard([
      { unit: unit('A'), counts: counts({ doneOnTime: 1 }) },
      { unit: unit('B'), counts: counts({ doneOnTime: 1 }) },
      { unit: unit('C'), counts: counts({ doneLate: 1 }) },
    ]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1, 3]);
  });
});

describe('sumCounts', () => {
  it('adds every cell, and the totals row rates the sum', () => {
    const sum = sumCounts([
      counts({ doneOnTime: 1, standing: 1 }),
      counts({ doneLate: 1, notDoneOverdue: 2 }),
    ]);
    expect(withTotals(sum)).toMatchObject({
      doneOnTime: 1,
      doneLate: 1,
      notDoneOverdue: 2,
      standing: 1,
      total: 4,
      onTimeRate: 0.25,
    });
  });
});

describe('assertPeriod', () => {
  const fieldsOf = (fn: () => void) => {
    try {
      fn();
    } catch (e) {
      return (e as DomainError).details;
    }
    return 'no error';
  };

  it('accepts a single day and five years', () => {
    expect(() => assertPeriod('2024-11-25', '2024-11-25')).not.toThrow();
    expect(() => assertPeriod('2020-01-01', '2024-12-31')).not.toThrow();
  });

  it('refuses a period that ends before it starts, naming the field', () => {
    expect(fieldsOf(() => assertPeriod('2024-12-01', '2024-11-30'))).toEqual({
      fields: [{ field: 'to', messages: ['must not be before from'] }],
    });
  });

  it('refuses more than five years', () => {
    expect(fieldsOf(() => assertPeriod('2019-01-01', '2024-12-31'))).toMatchObject({
      fields: [{ field: 'to' }],
    });
  });
});
