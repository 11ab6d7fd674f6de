import { createHash, randomBytes } from 'node:crypto';
import type { TestOidcProvider } from '../../scripts/lib/oidc-provider';

export interface SignInOptions {
  clientId: string;
  redirectUri: string;
  /** The audience asked for (resource indicator); the provider's API audience by default. */
  resource?: string;
  scope?: string;
}

export interface SignedIn {
  accessToken: string;
  idToken: string;
  /** What the token endpoint answered, for tests of its shape. */
  tokenResponse: Record<string, unknown>;
}

/** The few cookies the provider sets between its pages (interaction, resume, session). */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  keep(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * Signs in as a browser would, over plain HTTP: the authorization request with a PKCE challenge,
 * the provider's login form posted with the username and password, the redirect back with a code,
 * and the code exchanged (with the verifier) at the token endpoint. Returns the real tokens.
 */
export async function signInWithProvider(
  provider: TestOidcProvider,
  account: { username: string; password: string },
  options: SignInOptions,
): Promise<SignedIn> {
  const jar = new CookieJar();
  const step = async (url: string, init: RequestInit = {}): Promise<Response> => {
    const res = await fetch(new URL(url, provider.issuer), {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: jar.header() },
    });
    jar.keep(res);
    return res;
  };
  const locationOf = (res: Response, what: string): string => {
    const location = res.headers.get('location');
    if (res.status < 300 || res.status > 399 || !location) {
      throw new Error(`${what}: expected a redirect, got ${res.status}`);
    }
    return location;
  };

  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const state = randomBytes(16).toString('base64url');
  const authorize = new URL('/auth', provider.issuer);
  authorize.search = new URLSearchParams({
    client_id: options.clientId,
    redirect_uri: options.redirectUri,
    response_type: 'code',
    scope: options.scope ?? `openid profile email ${provider.apiScope}`,
    resource: options.resource ?? provider.audience,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state,
  }).toString();

  const loginUrl = locationOf(await step(authorize.href), 'authorization request');
  const form = await step(loginUrl);
  const html = await form.text();
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (form.status !== 200 || !action) throw new Error(`login page: ${form.status} ${html.slice(0, 200)}`);

  const posted = await step(action, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: account.username, password: account.password }).toString(),
  });
  if (posted.status === 401) throw new Error(`the provider refused the password of ${account.username}`);
  let next = locationOf(posted, 'login');
  // The provider resumes the authorization request, then redirects to the web app with the code.
  while (!next.startsWith(options.redirectUri)) next = locationOf(await step(next), `following ${next}`);
  const back = new URL(next);
  if (back.searchParams.get('state') !== state) throw new Error(`redirect back without our state: ${next}`);
  const code = back.searchParams.get('code');
  if (!code) throw new Error(`redirect back without a code: ${next}`);

  const token = await fetch(new URL('/token', provider.issuer), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: options.redirectUri,
      client_id: options.clientId,
      code_verifier: verifier,
    }).toString(),
  });
  const tokenResponse = (await token.json()) as Record<string, unknown>;
  if (token.status !== 200) throw new Error(`token endpoint: ${token.status} ${JSON.stringify(tokenResponse)}`);
  return {
    accessToken: String(tokenResponse.access_token),
    idToken: String(tokenResponse.id_token),
    tokenResponse,
  };
}
