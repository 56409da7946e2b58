import { normaliseVietnamesePhone } from './sms-gateway';

describe('Vietnamese mobile numbers', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['84-912-345-678', '0912345678'],
    ['(091) 234.5678', '0912345678'],
  ])('reads %s as %s', (raw, expected) => {
    expect(normaliseVietnamesePhone(raw)).toBe(expected);
  });

  it.each(['02393855555', '091234567', '1234567890', 'abc'])('refuses %s', (raw) => {
    expect(normaliseVietnamesePhone(raw)).toBeNull();
  });
});
