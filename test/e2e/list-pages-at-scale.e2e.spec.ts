import type { Browser, Page } from 'playwright-core';
import { useTestStack } from '../support/stack';
import {
  apiCallsDuring,
  browserContractProblems,
  expectAccessible,
  launchChromium,
  listen,
  openFromMenu,
  signIn,
} from './browser';

const DAY = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

/**
 * The manager's list pages (pipeline, timetable, allowance reviews) ask the API for counts and one
 * page of rows: the same calls, and no call per child, whether the cohort is 60 cases or 120 (more
 * than a page either way), and one call for each further page.
 */
describe("the manager's list pages in a browser, with cohorts larger than a page", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const stack = useTestStack('web-scale', { with: async (s) => ({ baseUrl: await listen(s.api) }) });
  afterEach(async () => expect(await browserContractProblems()).toEqual([]));

  const tag = `LP${Date.now().toString(36).toUpperCase()}`;
  let imported = 0;
  let manager: Page;

  /** `n` children through one SSDA903 import, as a council loads a cohort. */
  async function importChildren(n: number): Promise<string[]> {
    const refs = Array.from({ length: n }, () => `${tag}${String(++imported).padStart(4, '0')}`);
    const csv = ['CHILD,SEX,DOB,DECOM,LS,PLACE', ...refs.map((ref) => `${ref},1,01/05/2015,01/09/2022,C2,U1`)];
    const res = await stack.api.http
      .post('/children/import')
      .set(...stack.drive.auth('manager'))
      .set('Content-Type', 'text/csv')
      .send(csv.join('\n'))
      .expect(200);
    expect(res.body.rejected).toEqual([]);
    return res.body.children.map((c: { id: string }) => c.id);
  }

  async function startConversions(n: number): Promise<void> {
    const res = await stack.api.http
      .post('/processes/sgo-conversion/batch')
      .set(...stack.drive.auth('manager'))
      .send({ childIds: await importChildren(n) })
      .expect(200);
    expect(res.body).toMatchObject({ refused: [] });
    expect(res.body.started).toHaveLength(n);
  }

  /** Existing guardianships whose orders were made a year ago less `daysAhead` days: reviews that far ahead. */
  async function startReviews(daysAhead: number[]): Promise<void> {
    const childIds = await importChildren(daysAhead.length);
    for (let i = 0; i < childIds.length; i += 8)
      await Promise.all(
        childIds.slice(i, i + 8).map((childId, j) =>
          stack.api.http
            .post('/processes/allowance-review')
            .set(...stack.drive.auth('manager'))
            .send({ childId, orderDate: isoDay(daysAhead[i + j] - 365), weeklyAllowancePence: 18_500 })
            .expect(201),
        ),
      );
  }

  /** The rows of the page's (first) table body once its list has loaded. */
  const rows = (page: Page) => page.locator('main tbody').last().locator('tr');
  const notLoading = (page: Page) =>
    page.getByRole('status').filter({ hasText: 'Loading' }).waitFor({ state: 'detached' });

  async function pipelineCalls(): Promise<{ calls: string[]; open: number }> {
    const calls = await apiCallsDuring(manager, async () => {
      await openFromMenu(manager, 'Conversion pipeline');
      await manager.getByRole('region', { name: /^All open cases \(\d+\)$/ }).waitFor();
      await notLoading(manager);
    });
    const heading = await manager.getByRole('heading', { name: /^All open cases \(\d+\)$/ }).textContent();
    return { calls: calls.sort(), open: Number(/\((\d+)\)/.exec(heading ?? '')?.[1]) };
  }

  async function timetableCalls(): Promise<string[]> {
    return apiCallsDuring(manager, async () => {
      await openFromMenu(manager, 'Timetable review');
      await manager.getByRole('navigation', { name: 'Pages of open conversions' }).waitFor();
      await notLoading(manager);
    });
  }

  async function reviewsCalls(): Promise<string[]> {
    const calls = await apiCallsDuring(manager, async () => {
      await openFromMenu(manager, 'Allowance reviews');
      await manager.getByRole('navigation', { name: 'Pages of reviews' }).waitFor();
      await manager.getByText(/more reviews? falls? due after/).waitFor();
      await notLoading(manager);
    });
    return calls.sort();
  }

  it('the pipeline asks for its counts and one page of 50, pages and filters a call at a time, and asks nothing per child', async () => {
    await startConversions(60);
    manager = await signIn(browser, stack.baseUrl, { sub: 'mara-scale', name: 'Mara Manager', roles: ['Manager'] });
    const { calls, open } = await pipelineCalls();
    expect(calls).toEqual(['/dashboard/conversions', '/processes?type=sgo-conversion&status=open&pageSize=50&page=1']);
    expect(open).toBeGreaterThanOrEqual(60);
    expect(await rows(manager).count()).toBe(50);
    // Each row names its child from the list itself.
    expect(
      await rows(manager)
        .getByRole('link', { name: new RegExp(`^Child ${tag}\\d{4}$`) })
        .count(),
    ).toBe(50);
    await expectAccessible(manager, 'the pipeline, first page of many');

    const next = await apiCallsDuring(manager, async () => {
      await manager.getByRole('button', { name: 'Next page' }).click();
      await manager.getByText('(page 2 of ').waitFor();
    });
    expect(next).toEqual(['/processes?type=sgo-conversion&status=open&pageSize=50&page=2']);
    expect(await rows(manager).count()).toBe(Math.min(50, open - 50));

    const screening = await apiCallsDuring(manager, async () => {
      await manager.getByLabel('Stage', { exact: true }).selectOption({ label: 'Screening' });
      await manager.getByRole('region', { name: /^Screening \(\d+\)$/ }).waitFor();
    });
    // A new filter starts again at the first page.
    expect(screening).toEqual(['/processes?type=sgo-conversion&status=open&stage=screening&pageSize=50&page=1']);
    expect(await rows(manager).filter({ hasText: 'Screening' }).count()).toBe(50);
    await expectAccessible(manager, 'the pipeline at one stage');
  }, 240_000);

  it('the timetable asks for one page of 50 soonest due first and nothing per child', async () => {
    const calls = await timetableCalls();
    expect(calls).toEqual(['/processes?type=sgo-conversion&status=open&sort=next-due&pageSize=50&page=1']);
    expect(await rows(manager).count()).toBe(50);
    expect(await manager.locator('main tbody a').filter({ hasText: 'Child record' }).count()).toBe(0);
    await expectAccessible(manager, 'the timetable review, first page of many');
  }, 120_000);

  it('the allowance reviews page asks for one page of its window and the first page after it, and pages a call at a time', async () => {
    // 55 anniversaries in the next 90 days, 5 after it.
    await startReviews([...Array.from({ length: 55 }, (_, i) => 2 + i), 150, 151, 152, 153, 154]);
    const calls = await reviewsCalls();
    // Sorted: the window (from today) before the reviews after it.
    expect(calls).toEqual([
      expect.stringMatching(/^\/dashboard\/reviews\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}&pageSize=50&page=1$/),
      expect.stringMatching(/^\/dashboard\/reviews\?from=\d{4}-\d{2}-\d{2}&to=2100-12-31&pageSize=50$/),
    ]);
    expect(await rows(manager).count()).toBe(50);
    await expectAccessible(manager, 'the allowance reviews, first page of many');
    const next = await apiCallsDuring(manager, async () => {
      await manager.getByRole('button', { name: 'Next page' }).click();
      await manager.getByText('(page 2 of ').waitFor();
    });
    expect(next).toEqual([expect.stringMatching(/^\/dashboard\/reviews\?from=.*&pageSize=50&page=2$/)]);
    expect(await rows(manager).count()).toBeGreaterThanOrEqual(5);
  }, 240_000);

  it('makes the same calls with twice the cohort: 60 more conversions and 55 more reviews', async () => {
    const before = {
      pipeline: await pipelineCalls(),
      timetable: await timetableCalls(),
      reviews: await reviewsCalls(),
    };
    await startConversions(60);
    await startReviews(Array.from({ length: 55 }, (_, i) => 2 + i));
    const after = await pipelineCalls();
    expect(after.calls).toEqual(before.pipeline.calls);
    expect(after.open).toBe(before.pipeline.open + 60);
    expect(await timetableCalls()).toEqual(before.timetable);
    expect(await reviewsCalls()).toEqual(before.reviews);
  }, 240_000);
});
