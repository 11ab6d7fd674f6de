import { Injectable, UnauthorizedException } from '@nestjs/common';
import jwt, { type JwtPayload } from 'jsonwebtoken';
import jwksClient, { type JwksClient } from 'jwks-rsa';
import { isRole } from '../../../../libs/domain/src';
import { authMode, devSecret, type Caller } from './auth.types';

/** Verifies bearer tokens: HS256 with the dev secret in dev mode, the issuer's JWKS otherwise. */
@Injectable()
export class TokenVerifier {
  private readonly mode = authMode();
  private readonly jwks?: JwksClient;

  constructor() {
    if (this.mode === 'oidc') {
      if (!process.env.AUTH_JWKS_URL)
        throw new Error('AUTH_MODE=oidc needs AUTH_JWKS_URL, AUTH_ISSUER and AUTH_AUDIENCE');
      this.jwks = jwksClient({ jwksUri: process.env.AUTH_JWKS_URL, cache: true, rateLimit: true });
    }
  }

  async verify(token: string): Promise<Caller> {
    const payload = await new Promise<JwtPayload>((resolve, reject) => {
      const key: jwt.Secret | jwt.GetPublicKeyOrSecret =
        this.mode === 'dev'
          ? devSecret()
          : (header, callback) =>
              this.jwks!.getSigningKey(header.kid, (err, signingKey) => callback(err, signingKey?.getPublicKey()));
      const options: jwt.VerifyOptions =
        this.mode === 'dev'
          ? { algorithms: ['HS256'] }
          : {
              algorithms: ['RS256', 'ES256', 'PS256'],
              issuer: process.env.AUTH_ISSUER,
              audience: process.env.AUTH_AUDIENCE,
            };
      jwt.verify(token, key, options, (err, decoded) =>
        err || !decoded || typeof decoded === 'string' ? reject(err ?? new Error('unreadable')) : resolve(decoded),
      );
    }).catch((err) => {
      throw new UnauthorizedException(`Invalid bearer token: ${err?.message ?? 'unreadable'}`);
    });
    const roles = Array.isArray(payload.roles) ? payload.roles.filter(isRole) : [];
    if (!payload.sub) throw new UnauthorizedException('The token has no subject');
    return {
      sub: payload.sub,
      name: String(payload.name ?? payload.sub),
      roles,
      team: payload.team,
      email: payload.email,
    };
  }

  /** Dev mode only: mints the token `POST /auth/dev-token` answers with. */
  mintDevToken(claims: { sub: string; name: string; roles: string[]; team?: string; email?: string }): string {
    return jwt.sign(claims, devSecret(), { algorithm: 'HS256', expiresIn: '12h' });
  }
}
