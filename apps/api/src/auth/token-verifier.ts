import { Injectable, UnauthorizedException } from '@nestjs/common';
import { createPublicKey, createSecretKey, type KeyObject } from 'node:crypto';
import jwt, { type JwtPayload } from 'jsonwebtoken';
import jwksClient, { type JwksClient } from 'jwks-rsa';
import { isRole } from '../../../../libs/domain/src';
import { AuthConfig } from '../../../../libs/config/src';
import { hasControlCharacters } from '../common/input-limits';
import { claimAt, oidcTimeProblem, oidcVerifyOptions, stringsOf, teamOf } from './oidc-token-rules';
import type { Caller } from './auth.types';

const VERIFIED_TOKEN_TTL_MS = 60_000;
const MAX_VERIFIED_TOKENS = 5_000;

/** Verifies bearer tokens: HS256 with the dev secret in dev mode, the issuer's JWKS otherwise. */
@Injectable()
export class TokenVerifier {
  private readonly jwks?: JwksClient;
  // Keys as KeyObjects, made once: given a PEM or a secret, jsonwebtoken parses it on every request.
  private readonly devKey?: KeyObject;
  private readonly publicKeys = new Map<string, KeyObject>();
  private readonly verified = new Map<string, { caller: Caller; until: number }>();

  constructor(private readonly config: AuthConfig) {
    if (config.oidc) this.jwks = jwksClient({ jwksUri: config.oidc.jwksUrl, cache: true, rateLimit: true });
    if (config.mode === 'dev') this.devKey = createSecretKey(Buffer.from(config.devSecret));
  }

  /** The issuer's signing key as a KeyObject, kept per PEM (the JWKS client keeps the PEMs fresh). */
  private publicKeyOf(pem: string): KeyObject {
    let key = this.publicKeys.get(pem);
    if (!key) {
      if (this.publicKeys.size >= 16) this.publicKeys.clear(); // rotated keys: a few at a time, never a leak
      key = createPublicKey(pem);
      this.publicKeys.set(pem, key);
    }
    return key;
  }

  async verify(token: string): Promise<Caller> {
    const known = this.verified.get(token);
    if (known && Date.now() < known.until) return { ...known.caller, roles: [...known.caller.roles] };
    if (known) this.verified.delete(token);
    return this.verifyAndRemember(token);
  }

  private async verifyAndRemember(token: string): Promise<Caller> {
    const payload = await new Promise<JwtPayload>((resolve, reject) => {
      const key: jwt.Secret | jwt.GetPublicKeyOrSecret =
        this.config.mode === 'dev'
          ? this.devKey!
          : (header, callback) =>
              this.jwks!.getSigningKey(header.kid, (err, signingKey) =>
                err || !signingKey ? callback(err) : callback(null, this.publicKeyOf(signingKey.getPublicKey())),
              );
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
    const caller: Caller = {
      sub: payload.sub,
      name: String(payload.name ?? payload.sub),
      roles,
      team: team ?? undefined,
      email: payload.email,
    };
    this.remember(token, caller, payload);
    return { ...caller, roles: [...caller.roles] }; // the kept one stays as verified
  }

  /**
   * A verified token is kept, by its whole text (signature and all), for at most a minute and never
   * past its expiry or maximum age, so a client's next requests skip the signature check; the
   * oldest go first beyond a bound.
   */
  private remember(token: string, caller: Caller, payload: JwtPayload): void {
    const limits = [Date.now() + VERIFIED_TOKEN_TTL_MS];
    if (typeof payload.exp === 'number') limits.push(payload.exp * 1000);
    const maxAge = this.config.oidc?.maxTokenAgeSeconds;
    if (maxAge !== undefined && typeof payload.iat === 'number') limits.push((payload.iat + maxAge) * 1000);
    const until = Math.min(...limits);
    if (until <= Date.now()) return;
    if (this.verified.size >= MAX_VERIFIED_TOKENS) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { caller, until });
  }

  /** Dev mode only: mints the token `POST /auth/dev-token` answers with. */
  mintDevToken(claims: { sub: string; name: string; roles: string[]; team?: string; email?: string }): string {
    return jwt.sign(claims, this.config.devSecret, { algorithm: 'HS256', expiresIn: '12h' });
  }
}
