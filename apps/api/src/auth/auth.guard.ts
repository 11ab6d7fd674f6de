import {
  ForbiddenException,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DataSource } from 'typeorm';
import type { Role } from '../../../../libs/domain/src';
import { PUBLIC_KEY, ROLES_KEY } from './auth.decorators';
import type { Caller } from './auth.types';
import { TokenVerifier } from './token-verifier';

/** Authenticates every route (401) and enforces `@Roles` (403); keeps the staff directory current. */
@Injectable()
export class AuthGuard implements CanActivate {
  /** Who is already in the staff table, as last written, so each person costs one write. */
  private readonly knownStaff = new Map<string, string>();

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest();
    const header: string | undefined = request.headers.authorization;
    if (!header?.startsWith('Bearer ')) throw new UnauthorizedException('A bearer token is required');
    const caller = await this.verifier.verify(header.slice('Bearer '.length).trim());
    request.caller = caller;
    const allowed = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets);
    if (allowed && !caller.roles.some((role) => allowed.includes(role))) {
      throw new ForbiddenException(`This needs one of the roles: ${allowed.join(', ')}`);
    }
    await this.rememberStaff(caller);
    return true;
  }

  private async rememberStaff(caller: Caller): Promise<void> {
    const record = JSON.stringify([caller.name, caller.email, caller.team, caller.roles]);
    if (this.knownStaff.get(caller.sub) === record) return;
    await this.dataSource.query(
      `INSERT INTO staff (sub, name, email, team, roles) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (sub) DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email, team = EXCLUDED.team, roles = EXCLUDED.roles`,
      [caller.sub, caller.name, caller.email ?? null, caller.team ?? null, caller.roles],
    );
    this.knownStaff.set(caller.sub, record);
  }
}
