import {
  ForbiddenException,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '../../../../libs/domain/src';
import { PUBLIC_KEY, ROLES_KEY } from './auth.decorators';
import { StaffDirectory } from './staff-directory.service';
import { TokenVerifier } from './token-verifier';

/** Authenticates every route but `@Public` ones (401) and enforces `@Roles` (403); keeps the staff directory current. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    private readonly staff: StaffDirectory,
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
    // Least privilege: a route that names no roles admits nobody (createApp also refuses to start).
    if (!allowed) throw new ForbiddenException('This route names no roles, so nobody may call it');
    if (!caller.roles.some((role) => allowed.includes(role))) {
      throw new ForbiddenException(`This needs one of the roles: ${allowed.join(', ')}`);
    }
    await this.staff.remember(caller);
    return true;
  }
}
