import type { Browser, Page } from 'playwright-core';
import { STEPS_TO_SGO } from '../support/conversion';
import { useTestStack } from '../support/stack';
import {
  browserContractProblems,
  expectAccessible,
  launchChromium,
  listen,
  openFromMenu,
  screenshot,
  signIn,
  type ViewportName,
} from './browser';
import { findOnPages, tabTo } from './web-journey';

/**
 * The web app in Debian's chromium against the real API, worker, Temporal and PostgreSQL: a
 * manager starts a conversion, a social worker is refused the panel's decision, a panel member
 * sees it coming, the panel chair makes it from the inbox by keyboard alone, and the manager sees
 * the case move on in words. One case runs through the steps in order, as it would in an office,
 * once on a desktop and once on a 390 px phone. axe-core (WCAG 2.2 AA) checks every page state
 * visited, and no page may scroll sideways. Screenshots go to test/artifacts/screenshots.
 */
describe('the web app in a browser', () => {
  let browser: Browser;

  // Declared before the stack, so the browser is closed before the API it talks to.
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const stack = useTestStack('web', { with: async (s) => ({ baseUrl: await listen(s.api) }) });

  // Every API call the pages made in the test was answered as the OpenAPI document describes.
  afterEach(async () => expect(await browserContractProblems()).toEqual([]));

  it('serves the app at / and page paths, and leaves the API paths to the API', async () => {
    const home = await fetch(`${stack.baseUrl}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<div id="root">');
    expect(
      (await fetch(`${stack.baseUrl}/cases/3f1c9a52-0000-4000-8000-000000000000`)).headers.get('content-type'),
    ).toMatch(/text\/html/);
    const tasks = await fetch(`${stack.baseUrl}/tasks`, { headers: { accept: 'text/html' } });
    expect(tasks.status).toBe(401);
    expect(await tasks.json()).toMatchObject({ statusCode: 401 });
    expect((await fetch(`${stack.baseUrl}/health`)).status).toBe(200);
  });

  it('serves the scripts and styles compressed with brotli or gzip, as the browser accepts, and whole to one that accepts neither', async () => {
    const html = await (await fetch(`${stack.baseUrl}/`)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const get = (encoding: string) => fetch(`${stack.baseUrl}${script}`, { headers: { 'accept-encoding': encoding } });
    const plain = await get('identity');
    const whole = Buffer.from(await plain.arrayBuffer());
    expect(plain.headers.get('content-encoding')).toBeNull();

    const br = await get('gzip, deflate, br');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect(br.headers.get('cache-control')).toContain('immutable');
    expect(Number(br.headers.get('content-length'))).toBeLessThan(whole.length / 2);
    // fetch decompresses: what arrives is the same script.
    expect(Buffer.from(await br.arrayBuffer()).equals(whole)).toBe(true);

    const gzip = await get('gzip');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(Buffer.from(await gzip.arrayBuffer()).equals(whole)).toBe(true);
    expect((await get('br;q=0, gzip')).headers.get('content-encoding')).toBe('gzip');
  });

  describe.each<ViewportName>(['desktop', 'phone'])('on a %s', (viewport) => {
    // Each step checks several page states with axe-core on a shared 2-core machine: allow for it.
    const STEP_TIMEOUT = 300_000;
    let manager: Page;
    const childRef = `WEB${viewport === 'phone' ? 'P' : 'D'}${Date.now().toString(36).toUpperCase()}`;
    const childName = `Robin Webb (${childRef})`;
    const workerSub = `sam-${childRef.toLowerCase()}`;
    let processId: string;

    /** The open task card for this test's child with the given title. */
    const taskCard = (page: Page, title: string, within = page.locator('main')) =>
      within.getByRole('article', { name: title }).filter({ hasText: childRef });

    it(
      "lets a manager sign in, add a child's record with two carers and start a conversion for the child",
      async () => {
        manager = await signIn(
          browser,
          stack.baseUrl,
          { sub: `morgan-web-${viewport}`, name: 'Morgan Manager', roles: ['Manager'] },
          viewport,
        );
        // After a page load, the first Tab reaches the link that skips the header and navigation.
        await manager.reload();
        await manager.getByRole('heading', { level: 1, name: 'Your tasks' }).waitFor();
        await manager.keyboard.press('Tab');
        expect(await manager.locator(':focus').textContent()).toBe('Skip to main content');

        if (viewport === 'phone') {
          // The navigation is folded behind the Menu button, and opens in place.
          const links = manager.getByRole('navigation', { name: 'Main' }).getByRole('link');
          expect(await links.first().isVisible()).toBe(false);
          await manager.getByRole('button', { name: 'Menu' }).click();
          await links.first().waitFor();
          await expectAccessible(manager, 'the phone menu, open');
          await screenshot(manager, `${viewport}-00-menu-open`);
        }
        await openFromMenu(manager, 'Start a conversion');
        await manager.getByRole('heading', { level: 1, name: 'Start a conversion' }).waitFor();
        // Moving to a page moves focus to its heading, for screen reader and keyboard users.
        expect(await manager.locator('h1:focus').count()).toBe(1);
        await expectAccessible(manager, 'start a conversion');

        const addChild = manager.getByRole('region', { name: "Add a child's record" });
        // Sent empty: a summary of what to fix, focused, each linking to its field, and the fields marked.
        await addChild.getByRole('button', { name: 'Add the record' }).click();
        const summary = addChild.getByRole('alert').filter({ hasText: 'Check these before sending' });
        await summary.waitFor();
        expect(await summary.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
        expect(await summary.getByRole('link').allTextContents()).toEqual(
          expect.arrayContaining([
            "Enter the child's reference",
            "Enter the child's date of birth",
            "Enter carer 1's reference",
          ]),
        );
        expect(await summary.textContent()).not.toMatch(/should not|must be|childRef|carers\.0/);
        expect(await addChild.getByLabel("Child's first name").getAttribute('aria-invalid')).toBe('true');
        await expectAccessible(manager, 'add a child, with errors');
        await screenshot(manager, `${viewport}-01-add-child-errors`);
        await summary.getByRole('link', { name: "Enter the child's first name" }).click();
        expect(await manager.locator(':focus').getAttribute('id')).toBe('add-firstName');

        await addChild.getByLabel('Child reference (the CHILD id in your SSDA903 return)').fill(childRef);
        await addChild.getByLabel("Child's first name").fill('Robin');
        await addChild.getByLabel("Child's last name").fill('Webb');
        await addChild.getByLabel('Date of birth').fill('2016-05-04');
        await addChild.getByLabel('Legal status').selectOption('C2');
        await addChild.getByLabel('Placement').selectOption('U1');
        expect(await addChild.getByLabel('Placement').locator('option:checked').textContent()).toBe(
          'With a relative or friend, long-term foster care (U1)',
        );
        await addChild.getByRole('button', { name: 'Add another carer' }).click();
        for (const [n, first] of [
          [1, 'Jo'],
          [2, 'Alex'],
        ] as const) {
          const carer = addChild.getByRole('group', { name: `Carer ${n}` });
          await carer.getByLabel('Carer reference').fill(`K${n}`);
          await carer.getByLabel("Carer's first name").fill(first);
          await carer.getByLabel("Carer's last name").fill('Webb');
          await carer.getByLabel('Relationship to the child (for example, grandparent)').fill('grandparent');
          await carer.getByLabel("This carer is approved as the child's foster carer (a kinship foster carer)").check();
        }
        await addChild.getByRole('button', { name: 'Add the record' }).click();
        await addChild
          .getByRole('status')
          .filter({ hasText: `Record added for ${childName}` })
          .waitFor();
        await expectAccessible(manager, 'add a child, added');
        await addChild.getByRole('button', { name: 'Use this child for a conversion' }).click();
        // The child is named, never asked for by id.
        await manager.getByText(`The conversion is for: ${childName}`).waitFor();

        await manager.getByRole('button', { name: 'Start the conversion' }).click();
        await manager
          .getByRole('status')
          .filter({ hasText: 'The conversion has started. It is at the stage: Screening.' })
          .waitFor();
        await expectAccessible(manager, 'conversion started');
        await screenshot(manager, `${viewport}-02-manager-started-conversion`);

        await manager.getByRole('link', { name: 'Open the case' }).click();
        await manager.getByRole('heading', { level: 1, name: `Case: ${childName}` }).waitFor();
        processId = new URL(manager.url()).pathname.split('/').pop()!;
        expect(await currentStage(manager)).toBe('Screening');
        await expectAccessible(manager, 'the case at screening');

        // A second start for the same child is refused, saying what is wrong and what to do, without ids or codes.
        // The child is found by a search of the caseload and chosen, as a manager would.
        await manager.goBack();
        await manager.getByLabel('Find the child by name or CHILD reference').fill(childRef);
        await manager.getByRole('button', { name: 'Search', exact: true }).first().click();
        await manager.getByRole('button', { name: `Choose ${childName}` }).click();
        await manager.getByText(`The conversion is for: ${childName}`).waitFor();
        await expectAccessible(manager, 'start a conversion, child found and chosen');
        await manager.getByRole('button', { name: 'Start the conversion' }).click();
        const refusal = manager.getByRole('alert').filter({ hasText: 'The conversion was not started' });
        await refusal.waitFor();
        const said = await refusal.textContent();
        expect(said).toContain(
          'This child already has an open case: Conversion to a special guardianship order (SGO). A child can have only one at a time.',
        );
        const found = await stack.api.http
          .get(`/children?childRef=${childRef}`)
          .set(...stack.drive.auth('manager'))
          .expect(200);
        expect(said).not.toContain(found.body.items[0].id);
        expect(said).not.toContain('sgo-conversion');
        await expectAccessible(manager, 'a second conversion refused');
      },
      STEP_TIMEOUT,
    );

    it(
      'tells a social worker, before any form, that only panel chairs decide the panel task, and leaves it open',
      async () => {
        // Screening and the carers' agreement, through the API, bring the case to the panel.
        await stack.drive.driveThrough(processId, STEPS_TO_SGO.slice(0, 2));
        const worker = await signIn(
          browser,
          stack.baseUrl,
          { sub: workerSub, name: 'Sam Social Worker', roles: ['Social worker'] },
          viewport,
        );
        await worker.goto(`/cases/${processId}`);
        const card = taskCard(worker, "Record the SGO panel's decision");
        await card.getByText('Only panel chairs may do this task.').waitFor();
        // No form to fill in only to be refused: neither claiming nor completing is offered.
        expect(await card.getByRole('button', { name: 'Complete this task' }).isVisible()).toBe(false);
        expect(await card.getByRole('button', { name: 'Claim this task' }).isVisible()).toBe(false);
        await expectAccessible(worker, 'the panel task refused to a social worker');
        await screenshot(worker, `${viewport}-03-social-worker-refused-panel-task`);
        expect((await stack.drive.openTask(processId, 'panel-decision')).status).toBe('open');
        await worker.context().close();
      },
      STEP_TIMEOUT,
    );

    it(
      'shows a panel member what is coming to panel, without a way to decide it',
      async () => {
        const member = await signIn(
          browser,
          stack.baseUrl,
          { sub: `pip-web-${viewport}`, name: 'Pip Panel Member', roles: ['Panel member'] },
          viewport,
        );
        const coming = member.getByRole('region', { name: /^Coming to panel \(\d+\)$/ });
        const card = taskCard(member, "Record the SGO panel's decision", coming);
        await card.waitFor();
        expect(await card.getByRole('button').count()).toBe(0);
        await member.context().close();
      },
      STEP_TIMEOUT,
    );

    it(
      'lets the panel chair, by keyboard alone, claim and decide the panel task from the inbox, shown once',
      async () => {
        const chair = await signIn(
          browser,
          stack.baseUrl,
          // Two roles that may both see the panel's task: it is still one card.
          { sub: `pat-web-${viewport}`, name: 'Pat Panel Chair', roles: ['Panel chair', 'Panel member'] },
          viewport,
        );
        expect(await taskCard(chair, "Record the SGO panel's decision").count()).toBe(1);
        const team = chair.getByRole('region', { name: /Open tasks for panel chairs/ });
        // Keyboard only from here: Tab to each control, Space and Enter to use it, typing into fields.
        await tabTo(
          chair,
          taskCard(chair, "Record the SGO panel's decision", team).getByRole('button', { name: 'Claim this task' }),
        );
        await chair.keyboard.press('Enter');
        await chair.getByRole('status').filter({ hasText: 'You have claimed' }).waitFor();
        // Claimed, it moves to "Assigned to you" and is not also in the team's list.
        const mine = taskCard(
          chair,
          "Record the SGO panel's decision",
          chair.getByRole('region', { name: /Assigned to you/ }),
        );
        await mine.getByText('Assigned to').waitFor();
        expect(await mine.textContent()).toContain('Assigned toYou');
        expect(await taskCard(chair, "Record the SGO panel's decision").count()).toBe(1);
        await expectAccessible(chair, 'the inbox with a claimed task');

        await tabTo(chair, mine.getByRole('button', { name: 'Complete this task' }));
        await chair.keyboard.press('Enter');
        await tabTo(chair, mine.getByLabel('Recommend an SGO'));
        await chair.keyboard.press('Space');
        expect(await mine.getByLabel('Recommend an SGO').isChecked()).toBe(true);
        await tabTo(chair, mine.getByLabel('Date the panel sat'));
        // 11 November: the same typed day-first or month-first, whatever order chromium's date field takes.
        await chair.keyboard.type('11112026');
        expect(await mine.getByLabel('Date the panel sat').inputValue()).toBe('2026-11-11');
        await tabTo(chair, mine.getByLabel('Notes (optional)'));
        await chair.keyboard.type('Panel agreed unanimously.');
        await expectAccessible(chair, 'the panel task form, filled in');
        await screenshot(chair, `${viewport}-04-panel-chair-completing-panel-task`);
        await tabTo(chair, mine.getByRole('button', { name: 'Record the outcome' }));
        await chair.keyboard.press('Enter');
        await chair
          .getByRole('status')
          .filter({
            hasText:
              "Recorded “Recommend an SGO” for “Record the SGO panel's decision”. The case is now at the stage: Care plan review.",
          })
          .waitFor();
        // Focus went to the confirmation, so a keyboard user is not left on a card that has gone.
        expect(await chair.locator(':focus').textContent()).toContain('Recorded “Recommend an SGO”');
        await expectAccessible(chair, 'the inbox after the panel decision');
        await chair.context().close();
      },
      STEP_TIMEOUT,
    );

    it(
      'shows the manager the case moved on in words: stages, open tasks, timeline and letters',
      async () => {
        await manager.goto(`/cases/${processId}`);
        await manager.getByRole('heading', { level: 1, name: `Case: ${childName}` }).waitFor();
        expect(await currentStage(manager)).toBe('Care plan review');
        const stages = manager.getByRole('region', { name: 'Stages' }).getByRole('listitem');
        expect(await stages.allTextContents()).toEqual(
          expect.arrayContaining([
            expect.stringMatching(/^✓Screening Done$/),
            expect.stringMatching(/^✓SGO panel Done$/),
            expect.stringMatching(/^▶Care plan review Current stage$/),
            expect.stringMatching(/^○Court To come$/),
          ]),
        );
        await taskCard(manager, 'Change the care plan to SGO at a looked-after review').waitFor();
        const timeline = (await manager.getByRole('region', { name: 'What has happened' }).textContent()) ?? '';
        expect(timeline).toMatch(/Task completed – Recommend an SGOBy Pat Panel Chair, at the stage: SGO panel/);
        expect(timeline).toContain('Notes: Panel agreed unanimously.');
        expect(timeline).toContain('Barriers: Money, Support after the child turns 18');
        expect(timeline).toMatch(/Panel decision, due \d{1,2} [A-Z][a-z]+ \d{4}\./);
        // No JSON, ids, ISO dates or policy versions in what people read.
        expect(timeline).not.toMatch(/[{}"]|Policy version|Occurrence|[0-9a-f]{8}-[0-9a-f]{4}|\d{4}-\d{2}-\d{2}/);
        await manager.getByRole('region', { name: 'Letters and messages sent' }).waitFor();
        await expectAccessible(manager, 'the case at care plan review');
        await screenshot(manager, `${viewport}-06-manager-case-at-care-plan-review`);

        await openFromMenu(manager, 'Conversion pipeline');
        await manager.getByRole('region', { name: 'Open cases by stage' }).waitFor();
        await manager.getByLabel('Stage', { exact: true }).selectOption({ label: 'Care plan review' });
        const atReview = manager.getByRole('region', { name: /^Care plan review \(\d+\)$/ });
        await findOnPages(manager, () => atReview.getByRole('link', { name: childName }));
        await expectAccessible(manager, 'the pipeline');
        await screenshot(manager, `${viewport}-07-manager-pipeline`);

        await openFromMenu(manager, 'Timetable review');
        // Soonest due first, 50 a page: other specs' older cases may come before this one.
        await findOnPages(manager, () => manager.getByRole('link', { name: childName }));
        await expectAccessible(manager, 'the timetable review');

        await openFromMenu(manager, 'Cohort dashboard');
        await manager.getByRole('img', { name: /Open cases by stage/ }).waitFor();
        await expectAccessible(manager, 'the cohort dashboard');
        await screenshot(manager, `${viewport}-08-manager-cohort-dashboard`);

        await openFromMenu(manager, 'Allowance reviews');
        await manager.getByRole('heading', { level: 1, name: 'Upcoming allowance reviews' }).waitFor();
        await manager.getByRole('status').filter({ hasText: 'Loading' }).waitFor({ state: 'detached' });
        await expectAccessible(manager, 'the allowance reviews');

        await openFromMenu(manager, 'Support fund spend');
        await manager.getByLabel('Financial year').waitFor();
        await manager.getByRole('status').filter({ hasText: 'Loading' }).waitFor({ state: 'detached' });
        await expectAccessible(manager, 'the support fund spend');
      },
      STEP_TIMEOUT,
    );

    it(
      "lists the case on the social worker's own cases once a manager allocates it to them",
      async () => {
        await stack.api.http
          .post(`/processes/${processId}/reassign`)
          .set(...stack.drive.auth('manager'))
          .send({ socialWorker: { sub: workerSub, name: 'Sam Social Worker' } })
          .expect(200);
        const worker = await signIn(
          browser,
          stack.baseUrl,
          { sub: workerSub, name: 'Sam Social Worker', roles: ['Social worker'] },
          viewport,
        );
        await openFromMenu(worker, 'Your cases');
        await worker.getByRole('heading', { level: 1, name: 'Your cases' }).waitFor();
        await worker.getByRole('link', { name: childName }).waitFor();
        // Only the children allocated to them: this one, not the others of their team.
        expect(await worker.locator('main tbody tr').count()).toBe(1);
        expect(await worker.locator('main tbody tr').textContent()).toContain('Care plan review');
        await expectAccessible(worker, 'your cases');
        await screenshot(worker, `${viewport}-10-social-worker-cases`);

        await openFromMenu(worker, 'Your tasks');
        // The inbox filters: only overdue hides this case's task, which is not yet due.
        // Reassigned, the case's social-work task is now theirs.
        await taskCard(worker, 'Change the care plan to SGO at a looked-after review').waitFor();
        await worker.getByLabel('Only overdue tasks').check();
        expect(await taskCard(worker, 'Change the care plan to SGO at a looked-after review').count()).toBe(0);
        await worker.getByLabel('Only overdue tasks').uncheck();
        await worker.getByLabel('Stage').selectOption({ label: 'Care plan review' });
        await taskCard(worker, 'Change the care plan to SGO at a looked-after review').waitFor();
        await expectAccessible(worker, 'the inbox, filtered by stage');
        await screenshot(worker, `${viewport}-09-worker-inbox-filtered`);
        await worker.goto(`/cases/${processId}`);
        const timeline = (await worker.getByRole('region', { name: 'What has happened' }).textContent()) ?? '';
        expect(timeline).toContain('Social worker changed');
        expect(timeline).toContain('Allocated to Sam Social Worker.');
        await worker.context().close();
      },
      STEP_TIMEOUT,
    );
  });
});

/** The stage the case page marks as current (aria-current="step"), by its name. */
async function currentStage(page: Page): Promise<string | null> {
  return page.locator('[aria-current="step"] .stage-name').textContent();
}
