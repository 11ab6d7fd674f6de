import type { Actor } from '../../../../libs/domain/src';

/** The caller, from a verified bearer token. */
export interface Caller extends Actor {
  team?: string;
  email?: string;
}

export type AuthMode = 'dev' | 'oidc';

/** `dev` is the local default; production deployments set AUTH_MODE=oidc (NODE_ENV=production implies it). */
export function authMode(env: NodeJS.ProcessEnv = process.env): AuthMode {
  if (env.AUTH_MODE) return env.AUTH_MODE === 'dev' ? 'dev' : 'oidc';
  return env.NODE_ENV === 'production' ? 'oidc' : 'dev';
}

export const DEV_SECRET_DEFAULT = 'kinship-local-dev-secret-never-use-in-production';
export function devSecret(env: NodeJS.ProcessEnv = process.env): string {
  return env.AUTH_DEV_SECRET ?? DEV_SECRET_DEFAULT;
}
