import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AuthConfig } from '../../../../libs/config/src';
import { StaffEntity } from '../../../../libs/persistence/src';
import { AuthConfigController } from './auth-config.controller';
import { AuthGuard } from './auth.guard';
import { DevTokenController } from './dev-token.controller';
import { StaffDirectory } from './staff-directory.service';
import { TokenVerifier } from './token-verifier';

/** Bearer-token auth for every route; `GET /auth/config` tells the web app how to sign in; the dev token route is registered only in dev mode. */
@Module({})
export class AuthModule {
  static register(auth: AuthConfig): DynamicModule {
    return {
      module: AuthModule,
      imports: [TypeOrmModule.forFeature([StaffEntity])],
      controllers: [AuthConfigController, ...(auth.mode === 'dev' ? [DevTokenController] : [])],
      providers: [TokenVerifier, StaffDirectory, { provide: APP_GUARD, useClass: AuthGuard }],
    };
  }
}
