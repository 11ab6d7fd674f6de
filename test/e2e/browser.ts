import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { TEST_TEAM, type ApiUnderTest } from '../support/http';
import type { OpenApiContract } from '../support/openapi-contract';
import { REPO_ROOT } from '../support/stack';

/** Debian's chromium: `npm test` installs it when missing (scripts/lib/chromium.js). */
export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS_DIR = join(REPO_ROOT, 'test', 'artifacts', 'screenshots');

/**
 * Headless chromium with nothing that reaches out to the network on its own. Playwright gives
 * each launch a fresh temporary profile (user-data-dir), so no state leaks between runs.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No browser at ${CHROMIUM}. Run \`npm test\` (it installs Debian's chromium), or install it with: apt-get update && apt-get install -y chromium`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The in-process API on a real port, because a browser needs one (supertest alone does not listen). */
export async function listen(api: ApiUnderTest): Promise<string> {
  await api.app.listen(0, '127.0.0.1');
  const { port } = api.app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  contracts.set(baseUrl, api.contract);
  return baseUrl;
}

/** The OpenAPI document of each API a browser talks to, and what its answers to the browser broke. */
const contracts = new Map<string, OpenApiContract>();
const checking: Promise<string | undefined>[] = [];

/**
 * Checks every API call the web app makes (fetch/XHR) against the served OpenAPI document, as
 * test/support/http.ts does for the specs' own requests; `browserContractProblems()` says what failed.
 */
function checkApiCalls(context: BrowserContext, baseUrl: string): void {
  const contract = contracts.get(baseUrl);
  if (!contract) throw new Error(`No API listening at ${baseUrl}: start it with listen(api)`);
  context.on('response', (response) => {
    const type = response.request().resourceType();
    if (type !== 'fetch' && type !== 'xhr') return;
    const contentType = response.headers()['content-type'];
    checking.push(
      (contentType?.startsWith('application/json') ? response.json() : response.text()).then(
        (body: unknown) =>
          contract.problem({
            method: response.request().method(),
            url: response.url(),
            status: response.status(),
            contentType,
            body,
          }),
        // A page that navigated away before the body arrived: nothing left to check.
        () => undefined,
      ),
    );
  });
}

/** Every answer to the browser's API calls so far that the OpenAPI document does not describe. */
export async function browserContractProblems(): Promise<string[]> {
  const problems = await Promise.all(checking.splice(0));
  return problems.filter((p): p is string => p !== undefined);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`), fullPage: true });
}

export interface Person {
  sub: string;
  name: string;
  /** The labels of the role checkboxes on the sign-in page. */
  roles: string[];
}

/** A new browser context (its own sessionStorage) signed in through the development sign-in form. */
export async function signIn(browser: Browser, baseUrl: string, person: Person): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  checkApiCalls(context, baseUrl);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto('/');
  await page.getByLabel('User id').fill(person.sub);
  await page.getByLabel('Full name').fill(person.name);
  await page.getByLabel('Email address (optional)').fill(`${person.sub}@council.example`);
  await page.getByLabel('Team (optional)').fill(TEST_TEAM);
  for (const role of person.roles) await page.getByLabel(role, { exact: true }).check();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Your tasks' }).waitFor();
  return page;
}
