'use strict';
// A real OpenID Provider (the certified `oidc-provider` package) for the tests and for a local
// sign-in: a login form with a few test accounts, the authorization code flow with PKCE for a public
// web client, and JWT access tokens for the API's audience (resource indicators, RFC 8707) that
// carry each account's roles and team. Nothing here is for production: the council's identity
// provider takes its place (README, "Signing in").
const crypto = require('node:crypto');
const http = require('node:http');

/** Test people. Their passwords are public: this provider only ever runs on a loopback address. */
const TEST_ACCOUNTS = [
  { username: 'sam', password: 'sam-password', name: 'Sam Social Worker', roles: ['social_worker'], team: 'north' },
  { username: 'morgan', password: 'morgan-password', name: 'Morgan Manager', roles: ['manager'], team: 'north' },
  {
    username: 'taylor',
    password: 'taylor-password',
    name: 'Taylor Social Worker',
    roles: ['social_worker'],
    team: 'south',
  },
  {
    username: 'fran',
    password: 'fran-password',
    name: 'Fran Finance Officer',
    roles: ['finance_officer'],
    team: 'north',
  },
  { username: 'pat', password: 'pat-password', name: 'Pat Panel Chair', roles: ['panel_chair'], team: 'panel' },
];

/** The scope the API's resource server grants; access tokens for it are JWTs. */
const API_SCOPE = 'kinship';

const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const page = (title, body) =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main>${body}</main></body></html>`;

function loginPage(uid, clientName, error) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sign in: council identity provider (test)</title></head>
<body><main>
<h1>Sign in to ${escapeHtml(clientName)}</h1>
<p>Test identity provider: the accounts and passwords are in scripts/lib/oidc-provider.js.</p>
${error ? `<p role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
<p><label for="username">Username</label> <input id="username" name="username" autocomplete="username" required></p>
<p><label for="password">Password</label> <input id="password" name="password" type="password" autocomplete="current-password" required></p>
<p><button type="submit">Sign in</button></p>
</form></main></body></html>`;
}

async function readForm(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > 10_000) throw new Error('form too large');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * The provider's state (sessions, codes, grants) in this process's memory: it lives as long as the
 * provider does, which is all a test or a local sign-in needs. oidc-provider's adapter interface.
 */
function memoryAdapter() {
  const store = new Map();
  const expired = (entry) => entry && entry.expiresAt && entry.expiresAt < Date.now();
  const get = (key) => {
    const entry = store.get(key);
    if (expired(entry)) store.delete(key);
    return expired(entry) ? undefined : entry;
  };
  return class MemoryAdapter {
    constructor(model) {
      this.model = model;
    }
    key(id) {
      return `${this.model}:${id}`;
    }
    async upsert(id, payload, expiresIn) {
      store.set(this.key(id), { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : undefined });
      for (const [name, value] of [
        ['grant', payload.grantId],
        ['uid', payload.uid],
        ['userCode', payload.userCode],
      ]) {
        if (value)
          store.set(`${this.model}:${name}:${value}`, {
            ids: [...(get(`${this.model}:${name}:${value}`)?.ids ?? []), id],
          });
      }
    }
    async find(id) {
      return get(this.key(id))?.payload;
    }
    async findByUid(uid) {
      const id = get(`${this.model}:uid:${uid}`)?.ids.at(-1);
      return id ? this.find(id) : undefined;
    }
    async findByUserCode(userCode) {
      const id = get(`${this.model}:userCode:${userCode}`)?.ids.at(-1);
      return id ? this.find(id) : undefined;
    }
    async consume(id) {
      const entry = get(this.key(id));
      if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
    }
    async destroy(id) {
      store.delete(this.key(id));
    }
    async revokeByGrantId(grantId) {
      for (const id of get(`${this.model}:grant:${grantId}`)?.ids ?? []) store.delete(this.key(id));
      store.delete(`${this.model}:grant:${grantId}`);
    }
  };
}

/** The claims an access token for the API carries: the top-level shape and Keycloak's realm_access. */
const accessTokenClaims = (account) => ({
  name: account.name,
  email: account.email,
  roles: account.roles,
  team: account.team,
  realm_access: { roles: account.roles },
});

/**
 * Starts the provider on `host:port` (0: a free port).
 * @param {import('./oidc-provider').OidcProviderOptions} options
 * @returns {Promise<import('./oidc-provider').TestOidcProvider>}
 */
async function startOidcProvider(options) {
  const { default: Provider, errors } = await import('oidc-provider');
  const host = options.host ?? '127.0.0.1';
  const accounts = (options.accounts ?? TEST_ACCOUNTS).map((a) => ({
    sub: a.sub ?? a.username,
    email: a.email ?? `${a.username}@council.example`,
    ...a,
  }));
  const bySub = new Map(accounts.map((a) => [a.sub, a]));
  // Every audience the provider will issue access tokens for: the API's, and others a test asks for.
  const resources = new Set([options.audience, ...(options.otherAudiences ?? [])]);

  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingJwk = {
    ...privateKey.export({ format: 'jwk' }),
    kid: `test-${crypto.randomUUID()}`,
    alg: 'RS256',
    use: 'sig',
  };

  const server = http.createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const issuer = `http://${host}:${server.address().port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.webClient.clientId,
        client_name: options.webClient.name ?? 'Kinship care workflows',
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: options.webClient.redirectUris,
        post_logout_redirect_uris: options.webClient.postLogoutRedirectUris ?? [],
      },
    ],
    adapter: memoryAdapter(),
    jwks: { keys: [signingJwk] },
    // The web client's token requests come from the pages of its redirect URIs' origins.
    clientBasedCORS: (_ctx, origin, client) => client.redirectUris.some((uri) => new URL(uri).origin === origin),
    cookies: { keys: [crypto.randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    claims: { openid: ['sub'], profile: ['name'], email: ['email'] },
    ttl: { AccessToken: 3600, AuthorizationCode: 60, IdToken: 3600, Interaction: 600, Session: 3600, Grant: 3600 },
    findAccount: (_ctx, sub) => {
      const account = bySub.get(sub);
      if (!account) return undefined;
      return { accountId: sub, claims: async () => ({ sub, name: account.name, email: account.email }) };
    },
    extraTokenClaims: async (_ctx, token) => {
      const account = token.kind === 'AccessToken' && bySub.get(token.accountId);
      return account ? accessTokenClaims(account) : undefined;
    },
    // The web client is the council's own application: staff are not asked to consent to it.
    loadExistingGrant: async (ctx) => {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope('openid profile email');
      grant.addOIDCClaims(['sub', 'name', 'email']);
      for (const resource of resources) grant.addResourceScope(resource, API_SCOPE);
      await grant.save();
      return grant;
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      // Signing out of the web app ends the session here too; the page asks first, as providers do.
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          ctx.type = 'html';
          ctx.body = page(
            'Sign out: council identity provider (test)',
            `<h1>Sign out of the council's sign-in?</h1>${form}<p><button type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button> <button type="submit" form="op.logoutForm">No, stay signed in</button></p>`,
          );
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.type = 'html';
          ctx.body = page('Signed out', '<h1>You have signed out</h1>');
        },
      },
      resourceIndicators: {
        enabled: true,
        // The token request may leave out the resource the authorization request named.
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resourceIndicator) => {
          if (!resources.has(resourceIndicator)) throw new errors.InvalidTarget();
          return {
            scope: API_SCOPE,
            audience: resourceIndicator,
            accessTokenFormat: 'jwt',
            accessTokenTTL: 3600,
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = `<!doctype html><html lang="en"><head><title>Sign-in error</title></head><body><main><h1>Sign-in error</h1><p role="alert">${escapeHtml(out.error)}: ${escapeHtml(out.error_description ?? '')}</p></main></body></html>`;
    },
  });
  provider.on('server_error', (_ctx, err) => console.error('oidc-provider:', err));

  const callback = provider.callback();
  server.on('request', (req, res) => {
    const match = /^\/interaction\/([^/?]+)(\/login)?(?:\?|$)/.exec(req.url ?? '');
    if (!match) return callback(req, res);
    interaction(req, res, match[2] === '/login').catch((err) => {
      res.statusCode = 400;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end(`Sign-in failed: ${err.message}`);
    });
  });

  /** The login form (GET) and its answer (POST): a known username with its password signs in. */
  async function interaction(req, res, isLoginPost) {
    const details = await provider.interactionDetails(req, res);
    const client = await provider.Client.find(details.params.client_id);
    const clientName = client?.clientName ?? 'the service';
    res.setHeader('cache-control', 'no-store');
    if (isLoginPost && req.method === 'POST') {
      const form = await readForm(req);
      const account = accounts.find((a) => a.username === form.get('username'));
      if (!account || !crypto.timingSafeEqual(hash(account.password), hash(form.get('password') ?? ''))) {
        res.statusCode = 401;
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(loginPage(details.uid, clientName, 'The username or password is not right.'));
        return;
      }
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: account.sub } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    if (details.prompt.name !== 'login') {
      // Consent is granted by loadExistingGrant; any other prompt means the request cannot go on.
      await provider.interactionFinished(req, res, {
        error: 'access_denied',
        error_description: `unexpected prompt ${details.prompt.name}: ${details.prompt.reasons.join(', ')}`,
      });
      return;
    }
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(loginPage(details.uid, clientName));
  }

  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    audience: options.audience,
    apiScope: API_SCOPE,
    accounts,
    signingJwk,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

const hash = (s) => crypto.createHash('sha256').update(String(s)).digest();

/**
 * For `AUTH_MODE=oidc npm start` without an AUTH_ISSUER: the provider on `port` with the test
 * accounts, a web client for the API's page at 127.0.0.1 and localhost, and the API's AUTH_*
 * variables to match. A new signing key each start, so tokens from an earlier run stop working.
 */
async function startLocalOidcProvider({ apiPort, port }) {
  const audience = 'https://kinship-workflows.local/api';
  const clientId = 'kinship-web-local';
  const provider = await startOidcProvider({
    audience,
    port,
    webClient: {
      clientId,
      redirectUris: [`http://127.0.0.1:${apiPort}/signed-in`, `http://localhost:${apiPort}/signed-in`],
      postLogoutRedirectUris: [`http://127.0.0.1:${apiPort}/`, `http://localhost:${apiPort}/`],
    },
  });
  return {
    ...provider,
    name: 'local OpenID Provider',
    env: {
      AUTH_ISSUER: provider.issuer,
      AUTH_JWKS_URL: provider.jwksUrl,
      AUTH_AUDIENCE: audience,
      AUTH_WEB_CLIENT_ID: clientId,
      AUTH_WEB_SCOPES: `openid profile email ${API_SCOPE}`,
      AUTH_WEB_RESOURCE: audience,
    },
  };
}

module.exports = { startOidcProvider, startLocalOidcProvider, TEST_ACCOUNTS, API_SCOPE };
