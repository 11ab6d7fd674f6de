// Types for oidc-provider.js, so TypeScript tests can `import { startOidcProvider } from '../../scripts/lib/oidc-provider'`.
import type { JsonWebKey } from 'node:crypto';

export interface TestAccount {
  username: string;
  password: string;
  name: string;
  roles: string[];
  team?: string;
  /** Defaults to the username. */
  sub?: string;
  /** Defaults to <username>@council.example. */
  email?: string;
}

export interface OidcProviderOptions {
  /** The API's audience: access tokens requested for it (resource indicator) are JWTs with aud = this. */
  audience: string;
  /** Other audiences the provider issues tokens for (a token "for another application"). */
  otherAudiences?: string[];
  webClient: { clientId: string; redirectUris: string[]; postLogoutRedirectUris?: string[]; name?: string };
  accounts?: TestAccount[];
  host?: string;
  /** 0 (the default): a free port. */
  port?: number;
}

export interface TestOidcProvider {
  /** http://127.0.0.1:<port>, the `iss` of its tokens; discovery at /.well-known/openid-configuration. */
  issuer: string;
  jwksUrl: string;
  audience: string;
  /** The scope the API's resource server grants. */
  apiScope: string;
  accounts: (TestAccount & { sub: string; email: string })[];
  /** The provider's private signing key (with kid), for tests that need a token the provider would never issue. */
  signingJwk: JsonWebKey & { kid: string; alg: string };
  stop(): Promise<void>;
}

export const TEST_ACCOUNTS: TestAccount[];
export const API_SCOPE: string;
export function startOidcProvider(options: OidcProviderOptions): Promise<TestOidcProvider>;
