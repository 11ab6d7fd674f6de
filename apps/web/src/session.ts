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

/** Reads the token's claims for display only; the API checks the signature on every call. */
export function sessionFromToken(token: string): Session {
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
  const roles = Array.isArray(claims.roles) ? claims.roles.filter((r): r is string => typeof r === 'string') : [];
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
    return sessionFromToken(token);
  } catch {
    sessionStorage.removeItem(KEY);
    return null;
  }
}

export function saveSession(token: string): Session {
  const session = sessionFromToken(token);
  sessionStorage.setItem(KEY, session.token);
  return session;
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
}

export function currentToken(): string | null {
  return sessionStorage.getItem(KEY);
}
