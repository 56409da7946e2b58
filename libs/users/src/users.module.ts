import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@dondoc/core';
import { OrganizationsModule } from '@dondoc/organizations';
import { AuthService } from './auth/auth.service';
import { PasswordHasher } from './auth/password-hasher';
import { User } from './user.entity';
import { UsersService } from './users.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([User]),
    OrganizationsModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ secret: config.JWT_SECRET }),
    }),
  ],
  providers: [UsersService, AuthService, PasswordHasher],
  exports: [UsersService, AuthService, PasswordHasher],
})
export class UsersModule {}
