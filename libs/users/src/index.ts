export * from './user.entity';
export * from './auth/actor';
export * from './auth/password-hasher';
export * from './auth/auth.service';
export * from './users.service';
export * from './users.module';
