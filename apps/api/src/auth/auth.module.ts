import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { authMode } from './auth.types';
import { DevTokenController } from './dev-token.controller';
import { TokenVerifier } from './token-verifier';

/** Bearer-token auth for every route; the dev token route is registered only in dev mode. */
@Module({})
export class AuthModule {
  static register(): DynamicModule {
    return {
      module: AuthModule,
      controllers: authMode() === 'dev' ? [DevTokenController] : [],
      providers: [TokenVerifier, { provide: APP_GUARD, useClass: AuthGuard }],
    };
  }
}
