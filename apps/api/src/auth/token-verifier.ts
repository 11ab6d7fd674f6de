import { Injectable, UnauthorizedException } from '@nestjs/common';
import jwt, { type JwtPayload } from 'jsonwebtoken';
import jwksClient, { type JwksClient } from 'jwks-rsa';
import { isRole } from '../../../../libs/domain/src';
import { AuthConfig } from '../../../../libs/config/src';
import { hasControlCharacters } from '../common/input-limits';
import { claimAt, oidcTimeProblem, oidcVerifyOptions, stringsOf, teamOf } from './oidc-token-rules';
import type { Caller } from './auth.types';

/** Verifies bearer tokens: HS256 with the dev secret in dev mode, the issuer's JWKS otherwise. */
@Injectable()
export class TokenVerifier {
  private readonly jwks?: JwksClient;

  constructor(private readonly config: AuthConfig) {
    if (config.oidc) this.jwks = jwksClient({ jwksUri: config.oidc.jwksUrl, cache: true, rateLimit: true });
  }

  async verify(token: string): Promise<Caller> {
    const payload = await new Promise<JwtPayload>((resolve, reject) => {
      const key: jwt.Secret | jwt.GetPublicKeyOrSecret =
        this.config.mode === 'dev'
          ? this.config.devSecret
          : (header, callback) =>
              this.jwks!.getSigningKey(header.kid, (err, signingKey) => callback(err, signingKey?.getPublicKey()));
      const options: jwt.VerifyOptions =
        this.config.mode === 'dev' ? { algorithms: ['HS256'] } : oidcVerifyOptions(this.config.oidc!);
      jwt.verify(token, key, options, (err, decoded) => {
        if (err || !decoded || typeof decoded === 'string') return reject(err ?? new Error('unreadable'));
        const problem = this.config.oidc ? oidcTimeProblem(decoded) : undefined;
        return problem ? reject(new Error(problem)) : resolve(decoded);
      });
    }).catch((err) => {
      // The library's text (expired, bad signature…) is logged with the request id, never answered.
      throw new UnauthorizedException('Invalid bearer token', { cause: err });
    });
    // OIDC: roles and team from the claims AUTH_ROLES_CLAIM and AUTH_TEAM_CLAIM name.
    const oidc = this.config.oidc;
    const roles = oidc
      ? stringsOf(claimAt(payload, oidc.rolesClaim)).filter(isRole)
      : Array.isArray(payload.roles)
        ? payload.roles.filter(isRole)
        : [];
    const team = oidc ? teamOf(claimAt(payload, oidc.teamClaim)) : payload.team;
    if (!payload.sub) throw new UnauthorizedException('The token has no subject');
    // Claims reach the workflow and the read model as the actor: one PostgreSQL could not store
    // (NUL, control characters) makes the token unusable rather than being silently changed.
    const claims = [payload.sub, payload.name, team, payload.email];
    if (claims.some((claim) => claim !== undefined && (typeof claim !== 'string' || hasControlCharacters(claim)))) {
      throw new UnauthorizedException('The token has a claim (sub, name, team or email) that is not plain text');
    }
    return {
      sub: payload.sub,
      name: String(payload.name ?? payload.sub),
      roles,
      team: team ?? undefined,
      email: payload.email,
    };
  }

  /** Dev mode only: mints the token `POST /auth/dev-token` answers with. */
  mintDevToken(claims: { sub: string; name: string; roles: string[]; team?: string; email?: string }): string {
    return jwt.sign(claims, this.config.devSecret, { algorithm: 'HS256', expiresIn: '12h' });
  }
}
