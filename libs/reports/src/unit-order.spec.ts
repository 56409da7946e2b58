import { byUnitName, UnitNameOrder } from './unit-order';

const unit = (name: string, code = name) => ({ name, code });

describe('byUnitName', () => {
  it('orders Vietnamese names as a person expects: đ after d, numbers by value', () => {
    const names = ['Xã Sơn Kim 10', 'Xã Đức Thọ', 'Xã Sơn Kim 2', 'Xã Dương Thủy', 'Phòng Tư pháp'];
    expect(
      names
        .map((n) => unit(n))
        .sort(byUnitName)
        .map((u) => u.name),
    ).toEqual(['Phòng Tư pháp', 'Xã Dương Thủy', 'Xã Đức Thọ', 'Xã Sơn Kim 2', 'Xã Sơn Kim 10']);
  });
});

describe('UnitNameOrder', () => {
  const names = Array.from({ length: 300 }, (_, i) =>
    ['Xã Sơn Kim ', 'Phòng Tài chính ', 'Xã Đức ', 'xã Dương ', 'Thôn '][i % 5].concat(
      String((i * 37) % 101),
    ),
  );

  it('sorts exactly as byUnitName, code breaking ties of equal names', () => {
    const units = names.map((name, i) => unit(name, `C${(i * 7) % 300}`));
    const expected = [...units].sort(byUnitName);
    expect(new UnitNameOrder().sort([...units], (u) => u)).toEqual(expected);
  });

  it('places names it has not seen among those it remembers', () => {
    const order = new UnitNameOrder();
    order.sort(
      names.slice(0, 150).map((n) => unit(n)),
      (u) => u,
    );
    const mixed = [...names.slice(100, 300)].reverse().map((n) => unit(n));
    expect(order.sort([...mixed], (u) => u)).toEqual([...mixed].sort(byUnitName));
    expect(order.sort([unit('Xã Sơn Kim 10'), unit('Xã Sơn Kim 9')], (u) => u).map((u) => u.name)).toEqual([
      'Xã Sơn Kim 9',
      'Xã Sơn Kim 10',
    ]);
  });
});
