import type { JwtPayload, VerifyOptions } from 'jsonwebtoken';
import { OIDC_CLOCK_TOLERANCE_SECONDS, type OidcSettings } from '../../../../libs/config/src';

/**
 * What an access token from the council's identity provider must satisfy, beyond its signature:
 * its issuer, our audience, an allowed (asymmetric) algorithm, `exp` and `iat` present, not older
 * than the maximum age, with 60 seconds of clock tolerance.
 */
export function oidcVerifyOptions(oidc: OidcSettings): VerifyOptions {
  return {
    algorithms: oidc.algorithms,
    issuer: oidc.issuer,
    audience: oidc.audience,
    maxAge: oidc.maxTokenAgeSeconds,
    clockTolerance: OIDC_CLOCK_TOLERANCE_SECONDS,
  };
}

/**
 * The checks jsonwebtoken leaves to us: it accepts a token without `exp` (one that never expires),
 * and with `maxAge` it checks `iat` only against the past, not a token dated in the future.
 * Returns why the token is refused, or undefined.
 */
export function oidcTimeProblem(payload: JwtPayload, nowSeconds = Math.floor(Date.now() / 1000)): string | undefined {
  if (typeof payload.exp !== 'number') return 'the token has no exp';
  if (typeof payload.iat !== 'number') return 'the token has no iat';
  if (payload.iat > nowSeconds + OIDC_CLOCK_TOLERANCE_SECONDS) return 'the token is issued in the future';
  return undefined;
}

/**
 * A claim by name, or else by dotted path: `https://council.example/roles` (a namespaced claim
 * whose name has dots) is looked up whole first, `realm_access.roles` is walked.
 */
export function claimAt(payload: Record<string, unknown>, path: string): unknown {
  if (path in payload) return payload[path];
  let value: unknown = payload;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Strings from a claim that is an array of strings, or one string of space- or comma-separated values. */
export function stringsOf(claim: unknown): string[] {
  const values = Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(/[\s,]+/) : [];
  return values.filter((v): v is string => typeof v === 'string' && v.length > 0);
}

/**
 * The team claim as the caller's team: one string as it is, an array of teams joined with commas
 * (how caseload scoping reads several teams). Anything else (a number, an object) is undefined,
 * and the verifier refuses a token whose team claim exists but is not text.
 */
export function teamOf(claim: unknown): string | undefined | null {
  if (claim === undefined) return undefined;
  if (typeof claim === 'string') return claim;
  if (Array.isArray(claim) && claim.every((t) => typeof t === 'string')) return claim.join(',');
  return null;
}
