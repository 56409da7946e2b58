import type { INestApplication } from '@nestjs/common';
import { Unit, UnitGroupsService, UnitsService } from '@dondoc/organizations';
import { Role, User, UsersService } from '@dondoc/users';

export const PASSWORD = 'correct horse battery';

export interface OrgFixture {
  units: Record<
    'authority' | 'office' | 'finance' | 'agriculture' | 'communeA' | 'communeB' | 'villageA',
    Unit
  >;
  users: Record<
    | 'admin'
    | 'leader'
    | 'office'
    | 'financeHead'
    | 'financeStaff'
    | 'agricultureHead'
    | 'communeAHead'
    | 'communeBHead'
    | 'villageAHead',
    User
  >;
  groups: { communes: string; departments: string };
  /** A second authority, to prove nobody sees across authorities. */
  other: { authority: Unit; leader: User };
}

/** A small district: UBND, Văn phòng, two phòng, two xã (one with a thôn), and a user for each role. */
export async function createOrgFixture(app: INestApplication): Promise<OrgFixture> {
  const units = app.get(UnitsService);
  const users = app.get(UsersService);
  const groups = app.get(UnitGroupsService);
  const unit = (
    parentId: string | null,
    kind: Unit['kind'],
    code: string,
    name: string,
    shortName?: string,
  ) => units.create({ parentId, kind, code, name, shortName });
  const user = (username: string, role: Role, unitId: string, fullName: string) =>
    users.create({
      username,
      password: PASSWORD,
      role,
      unitId,
      fullName,
      email: `${username}@example.test`,
      phone: '0912345678',
    });

  const authority = await unit(null, 'authority', 'UBND-HS', 'UBND huyện Hương Sơn');
  const office = await unit(authority.id, 'department', 'VP', 'Văn phòng HĐND và UBND huyện', 'Văn phòng');
  const finance = await unit(authority.id, 'department', 'TCKH', 'Phòng Tài chính - Kế hoạch', 'TC-KH');
  const agriculture = await unit(
    authority.id,
    'department',
    'NNMT',
    'Phòng Nông nghiệp và Môi trường',
    'NN&MT',
  );
  const communeA = await unit(authority.id, 'commune', 'XA-SONTAY', 'Xã Sơn Tây');
  const communeB = await unit(authority.id, 'commune', 'XA-SONKIM', 'Xã Sơn Kim 1');
  const villageA = await unit(communeA.id, 'village', 'THON-1', 'Thôn 1 xã Sơn Tây');
  const otherAuthority = await unit(null, 'authority', 'UBND-SD', 'UBND huyện Sơn Dương');

  const communes = await groups.create({
    authorityId: authority.id,
    name: 'các xã, thị trấn',
    aliases: ['các địa phương'],
    memberKinds: ['commune'],
  });
  const departments = await groups.create({
    authorityId: authority.id,
    name: 'các phòng, ban',
    memberKinds: ['department', 'agency'],
  });

  return {
    units: { authority, office, finance, agriculture, communeA, communeB, villageA },
    users: {
      admin: await user('admin', 'admin', office.id, 'Quản trị hệ thống'),
      leader: await user('chutich', 'leader', authority.id, 'Trần Bình Thân'),
      office: await user('vanphong', 'office', office.id, 'Nguyễn Thị Văn Phòng'),
      financeHead: await user('tckh.truongphong', 'unit_head', finance.id, 'Lê Văn Tài'),
      financeStaff: await user('tckh.chuyenvien', 'unit_staff', finance.id, 'Phạm Thị Chuyên'),
      agricultureHead: await user('nnmt.truongphong', 'unit_head', agriculture.id, 'Hồ Văn Nông'),
      communeAHead: await user('sontay.chutich', 'unit_head', communeA.id, 'Đặng Văn Tây'),
      communeBHead: await user('sonkim.chutich', 'unit_head', communeB.id, 'Võ Thị Kim'),
      villageAHead: await user('thon1.truongthon', 'unit_head', villageA.id, 'Bùi Văn Thôn'),
    },
    groups: { communes: communes.id, departments: departments.id },
    other: {
      authority: otherAuthority,
      leader: await user('sd.chutich', 'leader', otherAuthority.id, 'Chủ tịch Sơn Dương'),
    },
  };
}

/** One more account with the fixture's password, for a test that needs a person the fixture lacks. */
export function addUser(
  app: INestApplication,
  user: { username: string; role: Role; unitId: string; fullName: string },
): Promise<User> {
  return app
    .get(UsersService)
    .create({ ...user, password: PASSWORD, email: `${user.username}@example.test` });
}
