import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DomainError, foldDiacritics } from '@dondoc/core';
import { UnitsService } from '@dondoc/organizations';
import { PasswordHasher } from './auth/password-hasher';
import { Role, User } from './user.entity';

export interface CreateUserInput {
  username: string;
  password: string;
  fullName: string;
  title?: string | null;
  role: Role;
  unitId: string;
  email?: string | null;
  phone?: string | null;
}

export type UpdateUserInput = Partial<Omit<CreateUserInput, 'username'>> & { active?: boolean };

export interface UserListFilter {
  scopePath: string;
  unitId?: string;
  role?: Role;
  q?: string;
  page: number;
  pageSize: number;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly units: UnitsService,
    private readonly hasher: PasswordHasher,
  ) {}

  async get(id: string, scopePath?: string): Promise<User> {
    // getOne, not findOne: findOne with a relation sends two queries (ids, then rows); every request's auth calls this.
    const user = await this.users
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.unit', 'unit')
      .where('u.id = :id', { id })
      .getOne();
    if (!user || (scopePath && !user.unit?.path.startsWith(scopePath))) {
      throw new DomainError('USER_NOT_FOUND', 'This user does not exist or is outside your organisation.');
    }
    return user;
  }

  /** For sign-in only: the one query that reads the password hash. */
  findForLogin(username: string): Promise<User | null> {
    return this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.username = :username', { username: username.trim().toLowerCase() })
      .getOne();
  }

  async list(filter: UserListFilter): Promise<{ items: User[]; total: number }> {
    const qb = this.users
      .createQueryBuilder('u')
      .innerJoinAndSelect('u.unit', 'unit')
      .where('unit.path LIKE :prefix', { prefix: `${filter.scopePath}%` });
    if (filter.unitId) qb.andWhere('u.unit_id = :unitId', { unitId: filter.unitId });
    if (filter.role) qb.andWhere('u.role = :role', { role: filter.role });
    if (filter.q) {
      // A few thousand people per authority: folding in SQL via translate() would need its own index for little gain.
      const all = await qb.orderBy('u.full_name').getMany();
      const needle = foldDiacritics(filter.q);
      const hits = all.filter((u) =>
        foldDiacritics(`${u.fullName} ${u.username} ${u.email ?? ''}`).includes(needle),
      );
      const start = (filter.page - 1) * filter.pageSize;
      return { items: hits.slice(start, start + filter.pageSize), total: hits.length };
    }
    const [items, total] = await qb
      .orderBy('u.full_name')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
    return { items, total };
  }

  async create(input: CreateUserInput, scopePath?: string): Promise<User> {
    await this.units.get(input.unitId, scopePath);
    const username = input.username.trim().toLowerCase();
    if (await this.users.existsBy({ username })) {
      throw new DomainError('USERNAME_TAKEN', `The username "${username}" is already taken.`, {
        field: 'username',
      });
    }
    const user = this.users.create({
      username,
      passwordHash: await this.hasher.hash(input.password),
      fullName: input.fullName,
      title: input.title ?? null,
      role: input.role,
      unitId: input.unitId,
      email: input.email ?? null,
      phone: input.phone ?? null,
    });
    const saved = await this.users.save(user);
    return this.get(saved.id);
  }

  async update(id: string, input: UpdateUserInput, scopePath?: string): Promise<User> {
    const user = await this.get(id, scopePath);
    if (input.unitId) await this.units.get(input.unitId, scopePath);
    const { password, ...rest } = input;
    Object.assign(user, rest);
    delete user.unit;
    if (password) user.passwordHash = await this.hasher.hash(password);
    await this.users.save(user);
    return this.get(id);
  }
}
