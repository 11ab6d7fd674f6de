/**
 * Who is signed in. The token lives in sessionStorage: it goes when the tab closes, and other
 * tabs of the same browser do not share it (two people can try the service side by side).
 */
export interface Session {
  token: string;
  sub: string;
  name: string;
  roles: string[];
  email?: string;
}

const KEY = 'kinship.token';
/** Where the roles are in the token (`GET /auth/config`'s rolesClaim): a claim, or a dotted path. */
const ROLES_CLAIM_KEY = 'kinship.rolesClaim';

/** A claim by name, or else by dotted path (`realm_access.roles`), as the API reads it. */
function claimAt(claims: Record<string, unknown>, path: string): unknown {
  if (path in claims) return claims[path];
  let value: unknown = claims;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Reads the token's claims for display only; the API checks the signature on every call. */
export function sessionFromToken(token: string, rolesClaim = 'roles'): Session {
  const parts = token.trim().split('.');
  if (parts.length !== 3) throw new Error('That is not a token: a token has three parts separated by dots.');
  let claims: Record<string, unknown>;
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
    claims = JSON.parse(json);
  } catch {
    throw new Error('That token could not be read. Copy the whole token and try again.');
  }
  const claimed = claimAt(claims, rolesClaim);
  const listed = Array.isArray(claimed) ? claimed : typeof claimed === 'string' ? claimed.split(/[\s,]+/) : [];
  const roles = listed.filter((r): r is string => typeof r === 'string' && r.length > 0);
  return {
    token: token.trim(),
    sub: typeof claims.sub === 'string' ? claims.sub : '',
    name:
      typeof claims.name === 'string' ? claims.name : typeof claims.sub === 'string' ? claims.sub : 'Unknown person',
    roles,
    email: typeof claims.email === 'string' ? claims.email : undefined,
  };
}

export function loadSession(): Session | null {
  const token = sessionStorage.getItem(KEY);
  if (!token) return null;
  try {
    return sessionFromToken(token, sessionStorage.getItem(ROLES_CLAIM_KEY) ?? undefined);
  } catch {
    clearSession();
    return null;
  }
}

export function saveSession(token: string, rolesClaim?: string): Session {
  const session = sessionFromToken(token, rolesClaim);
  sessionStorage.setItem(KEY, session.token);
  if (rolesClaim) sessionStorage.setItem(ROLES_CLAIM_KEY, rolesClaim);
  else sessionStorage.removeItem(ROLES_CLAIM_KEY);
  return session;
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
  sessionStorage.removeItem(ROLES_CLAIM_KEY);
}

export function currentToken(): string | null {
  return sessionStorage.getItem(KEY);
}
