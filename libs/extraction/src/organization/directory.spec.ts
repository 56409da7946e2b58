import { extractDraft } from '../extract';
import type { OrganizationDirectory } from '../types';
import { compileDirectory } from './directory';
import { abbreviationKey } from './keys';

const unit = (
  id: string,
  name: string,
  kind: string,
  shortName: string | null = null,
  aliases: string[] = [],
) => ({
  id,
  code: id.toUpperCase(),
  name,
  shortName,
  aliases,
  kind,
  parentId: id === 'ubnd' ? null : 'ubnd',
});

/** A district in the shape of test/fixtures/extraction/org-huong-son.json, cut down. */
const org: OrganizationDirectory = {
  units: [
    unit('ubnd', 'UBND huyện Hương Sơn', 'authority', 'UBND huyện'),
    unit('vp', 'Văn phòng HĐND-UBND huyện', 'department', null, ['Văn phòng HĐND và UBND huyện']),
    unit('tckh', 'Phòng Tài chính - Kế hoạch', 'department', 'TC-KH'),
    unit('tnmt', 'Phòng Tài nguyên và Môi trường', 'department', 'TN&MT'),
    unit('ldtbxh', 'Phòng Lao động - Thương binh và Xã hội', 'department'),
    unit('nnmt', 'Phòng Nông nghiệp và Môi trường', 'department', null, ['Phòng Nông nghiệp và PTNT']),
    unit('ca', 'Công an huyện', 'agency'),
    unit('son-hong', 'xã Sơn Hồng', 'commune', 'Sơn Hồng', ['UBND xã Sơn Hồng']),
    unit('son-lam', 'xã Sơn Lâm', 'commune', 'Sơn Lâm'),
    unit('pho-chau', 'thị trấn Phố Châu', 'commune', 'Phố Châu'),
  ],
  groups: [
    {
      id: 'g-phong',
      name: 'các phòng, ban',
      aliases: ['các phòng, cơ quan'],
      memberUnitIds: ['vp', 'tckh', 'tnmt', 'ldtbxh', 'nnmt', 'ca'],
    },
    {
      id: 'g-xa',
      name: 'các xã, thị trấn',
      aliases: ['các địa phương', 'UBND các xã, thị trấn', 'các xã'],
      memberUnitIds: ['son-hong', 'son-lam', 'pho-chau'],
    },
  ],
};

const resolve = (name: string) => compileDirectory(org).resolve(name);

describe('resolving unit names against the organisation', () => {
  it.each([
    ['Phòng Tài chính - Kế hoạch', ['tckh']],
    ['phòng tài chính – kế hoạch', ['tckh']],
    ['Phong Tai chinh - Ke hoach', ['tckh']],
    ['Phòng TC-KH', ['tckh']],
    ['TC-KH', ['tckh']],
    ['Phòng TN&MT', ['tnmt']],
    ['Phòng LĐ-TB&XH', ['ldtbxh']],
    ['Phòng Lao động - TB&XH', ['ldtbxh']],
    ['Phòng NN&PTNT', ['nnmt']],
    ['Văn phòng HĐND và UBND huyện', ['vp']],
    ['Công an huyện', ['ca']],
    ['UBND xã Sơn Hồng', ['son-hong']],
    ['UBND huyện', ['ubnd']],
  ])('%s → %j', (name, ids) => expect(resolve(name)?.unitIds).toEqual(ids));

  it('resolves a group to its members', () => {
    expect(resolve('các địa phương')).toEqual({
      unitIds: ['son-hong', 'son-lam', 'pho-chau'],
      groupId: 'g-xa',
      narrowed: false,
    });
    expect(resolve('các phòng, cơ quan')?.groupId).toBe('g-phong');
    expect(resolve('các phòng, ban liên quan')?.groupId).toBe('g-phong');
  });

  it('resolves a list of communes named after one head', () => {
    expect(resolve('UBND các xã Sơn Hồng, Sơn Lâm')?.unitIds).toEqual(['son-hong', 'son-lam']);
  });

  it('flags a group narrowed by a clause as only part of it', () => {
    expect(resolve('các xã đã đăng ký làm đường bê tông')).toMatchObject({ groupId: 'g-xa', narrowed: true });
  });

  it('finds nothing for a unit the organisation does not have', () => {
    expect(resolve('Sở Xây dựng')).toBeNull();
  });

  it('reads abbreviations from names', () => {
    expect(abbreviationKey('Phòng Tài chính - Kế hoạch')).toBe('p:tckh');
    expect(abbreviationKey('Phòng TC-KH')).toBe('p:tckh');
    expect(abbreviationKey('TN&MT')).toBe(':tnmt');
    expect(abbreviationKey('Trung tâm Văn hóa - Truyền thông huyện')).toBe('tt:vhtt');
  });
});

describe('extractDraft with an organisation', () => {
  it('fills the units, groups and warnings a reviewer needs', () => {
    const draft = extractDraft(
      'Kết luận như sau:\n1. Giao Phòng TC-KH chủ trì, phối hợp với Phòng TN&MT, UBND các xã Sơn Hồng, Sơn Lâm rà soát hồ sơ.\n2. Các địa phương cần đẩy mạnh tích tụ ruộng đất.\n3. Sở Xây dựng hướng dẫn định mức.',
      { meetingDate: '2024-11-22', organization: org },
    );
    expect(draft.tasks.map((t) => [t.units, t.coordinatingUnits, t.groups])).toEqual([
      [['tckh'], ['tnmt', 'son-hong', 'son-lam'], []],
      [['son-hong', 'son-lam', 'pho-chau'], [], ['g-xa']],
      [[], [], []],
    ]);
    expect(draft.warnings).toEqual([
      {
        code: 'UNIT_NOT_FOUND',
        task: 2,
        text: 'Sở Xây dựng',
        message: 'Không tìm thấy đơn vị "Sở Xây dựng" trong danh mục.',
      },
    ]);
  });
});
