import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
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

/** The two screens every journey is walked on: an office desktop and a phone (an iPhone 14's 390 px). */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: what public sector bodies must meet. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Fails the test on any axe-core violation of WCAG 2.2 AA in the page as it is now, naming each
 * rule and the elements that break it, and on a page wider than the window (sideways scrolling,
 * WCAG 1.4.10 Reflow, which axe does not check). Call it on every page state a spec visits.
 */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  const violations = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  // A string, evaluated in the page: the tests compile without the DOM's types.
  const widths = await page.evaluate<{ page: number; window: number; widest: string[] }>(`(() => {
    const root = document.documentElement;
    return {
      page: root.scrollWidth,
      window: root.clientWidth,
      widest: [
        ...[...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
          .map((el) => el.tagName.toLowerCase() + '.' + el.className),
        // Text that overflows its box (a long unbroken word) widens the page but not its element.
        ...(() => {
          const found = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            range.selectNodeContents(node);
            if (range.getBoundingClientRect().right > root.clientWidth + 1)
              found.push('text "' + node.textContent.trim().slice(0, 40) + '" in ' + node.parentElement.tagName.toLowerCase());
          }
          return found;
        })(),
      ].slice(0, 3),
    };
  })()`);
  if (widths.page > widths.window)
    violations.push(
      `sideways scrolling: the page is ${widths.page} px wide in a ${widths.window} px window (${widths.widest.join(', ')})`,
    );
  expect({ state, violations }).toEqual({ state, violations: [] });
}

/**
 * Follows a link of the main navigation; on a phone it is behind the Menu button, which is
 * opened first.
 */
export async function openFromMenu(page: Page, name: string): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
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
export async function signIn(
  browser: Browser,
  baseUrl: string,
  person: Person,
  viewport: ViewportName = 'desktop',
): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: VIEWPORTS[viewport],
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  checkApiCalls(context, baseUrl);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto('/');
  await page.getByLabel('User id').waitFor();
  await expectAccessible(page, 'the sign-in page');
  await page.getByLabel('User id').fill(person.sub);
  await page.getByLabel('Full name').fill(person.name);
  await page.getByLabel('Email address (optional)').fill(`${person.sub}@council.example`);
  await page.getByLabel('Team (optional)').fill(TEST_TEAM);
  for (const role of person.roles) await page.getByLabel(role, { exact: true }).check();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Your tasks' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Loading' }).waitFor({ state: 'detached' });
  await expectAccessible(page, `the inbox of ${person.name}`);
  return page;
}

/**
 * The API calls (path and query) the page makes while `act` runs: fetch and XHR only, not the
 * app's scripts. `act` should wait for what the page shows once loaded; the calls a render sets
 * off (one per row, say) leave in its effects, before the next frame, so a short settle catches them.
 */
export async function apiCallsDuring(page: Page, act: () => Promise<void>): Promise<string[]> {
  const calls: string[] = [];
  const record = (request: Request) => {
    const type = request.resourceType();
    if (type !== 'fetch' && type !== 'xhr') return;
    const url = new URL(request.url());
    calls.push(`${url.pathname}${url.search}`);
  };
  page.on('request', record);
  try {
    await act();
    await page.waitForTimeout(300);
  } finally {
    page.off('request', record);
  }
  return calls;
}
