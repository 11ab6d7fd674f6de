import type { Browser, BrowserContext } from 'playwright-core';
import jwt from 'jsonwebtoken';
import { startOidcProvider, type TestOidcProvider } from '../../scripts/lib/oidc-provider';
import { ApiUnderTest } from '../support/http';
import { freePortNotListening, migratedDataSource, stackEnv } from '../support/stack';
import { launchChromium, screenshot } from './browser';

const AUDIENCE = 'https://kinship.council.example/api';
const CLIENT_ID = 'kinship-web';

/**
 * The web app in chromium, in OIDC mode, signing in through a real OpenID Provider
 * (`oidc-provider`) and its login page: the authorization code flow with PKCE, back to the app,
 * whose calls the API accepts with the provider's access token. Roles come from the token's claims.
 */
describe('signing in to the web app through the OpenID Provider', () => {
  let browser: Browser;
  let provider: TestOidcProvider;
  let api: ApiUnderTest;
  let baseUrl: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    const { databaseUrl, temporalAddress } = stackEnv();
    await (await migratedDataSource()).destroy();
    // The provider must know the redirect URI before the API (which must know the provider) listens.
    const port = await freePortNotListening();
    baseUrl = `http://127.0.0.1:${port}`;
    provider = await startOidcProvider({
      audience: AUDIENCE,
      webClient: {
        clientId: CLIENT_ID,
        redirectUris: [`${baseUrl}/signed-in`],
        postLogoutRedirectUris: [`${baseUrl}/`],
      },
    });
    api = await ApiUnderTest.start({
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporalAddress,
      AUTH_MODE: 'oidc',
      AUTH_ISSUER: provider.issuer,
      AUTH_AUDIENCE: AUDIENCE,
      AUTH_JWKS_URL: provider.jwksUrl,
      AUTH_WEB_CLIENT_ID: CLIENT_ID,
      AUTH_WEB_SCOPES: `openid profile email ${provider.apiScope}`,
      AUTH_WEB_RESOURCE: AUDIENCE,
    });
    await api.app.listen(port, '127.0.0.1');
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await provider?.stop();
  });

  const newPage = async () => {
    const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    return page;
  };

  it("signs a social worker in on the provider's login page and opens their inbox with their roles", async () => {
    const page = await newPage();
    await page.goto('/');
    await page.getByRole('button', { name: 'Sign in with your council account' }).click();

    await page.getByRole('heading', { name: 'Sign in to Kinship care workflows' }).waitFor();
    expect(page.url().startsWith(`${provider.issuer}/interaction/`)).toBe(true);
    await screenshot(page, 'oidc-01-provider-login-page');
    // A wrong password keeps them on the provider's page, told so.
    await page.getByLabel('Username').fill('sam');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'The username or password is not right.' }).waitFor();

    await page.getByLabel('Username').fill('sam');
    await page.getByLabel('Password').fill('sam-password');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('heading', { level: 1, name: 'Your tasks' }).waitFor();
    // The inbox's lists came from the API, which accepted the provider's token; roles from its claims.
    await page.getByRole('heading', { level: 2, name: /^Assigned to you \(\d+\)$/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Open tasks for social workers/ }).waitFor();
    expect(await page.getByRole('banner').textContent()).toContain('Signed in as Sam Social Worker (Social worker)');
    expect(new URL(page.url()).pathname).toBe('/');
    await screenshot(page, 'oidc-02-signed-in-inbox');

    const token = await page.evaluate(() => sessionStorage.getItem('kinship.token'));
    expect(jwt.decode(token!)).toMatchObject({
      iss: provider.issuer,
      aud: AUDIENCE,
      sub: 'sam',
      roles: ['social_worker'],
    });
    const res = await api.http.get('/tasks?assignee=me').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
  });

  it('signs out at the provider too, so the next sign-in at that browser asks for a password again', async () => {
    const page = await newPage();
    await page.goto('/');
    await page.getByRole('button', { name: 'Sign in with your council account' }).click();
    await page.getByLabel('Username').fill('pat');
    await page.getByLabel('Password').fill('pat-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your tasks' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: "Sign out of the council's sign-in?" }).waitFor();
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.getByRole('button', { name: 'Sign in with your council account' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('kinship.token'))).toBeNull();

    await page.getByRole('button', { name: 'Sign in with your council account' }).click();
    await page.getByRole('heading', { name: 'Sign in to Kinship care workflows' }).waitFor();
    expect(await page.getByLabel('Password').inputValue()).toBe('');
  });

  it('brings a manager back to the page they asked for after signing in', async () => {
    const page = await newPage();
    await page.goto('/timetable');
    await page.getByRole('button', { name: 'Sign in with your council account' }).click();
    await page.getByLabel('Username').fill('morgan');
    await page.getByLabel('Password').fill('morgan-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Timetable review' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/timetable');
    expect(await page.getByRole('banner').textContent()).toContain('Signed in as Morgan Manager (Manager)');
  });
});
