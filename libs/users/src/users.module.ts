import { createSecretKey } from 'node:crypto';
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
      useFactory: (config: AppConfig) => {
        // A KeyObject, made once: given a string, jsonwebtoken first tries to read it as a PEM
        // public key and catches the error, on every verify (~5% of the API's CPU per request).
        const key = createSecretKey(Buffer.from(config.JWT_SECRET));
        return { secretOrKeyProvider: () => key };
      },
    }),
  ],
  providers: [UsersService, AuthService, PasswordHasher],
  exports: [UsersService, AuthService, PasswordHasher],
})
export class UsersModule {}
