import type { Browser, Page } from 'playwright-core';
import { STEPS_TO_SGO } from '../support/conversion';
import { useTestStack } from '../support/stack';
import { browserContractProblems, launchChromium, listen, screenshot, signIn } from './browser';

/**
 * The web app in Debian's chromium against the real API, worker, Temporal and PostgreSQL: a
 * manager starts a conversion, a social worker is refused the panel's decision, the panel chair
 * makes it from the inbox, and the manager sees the case move on. One case runs through all the
 * steps in order, as it would in an office. Screenshots go to test/artifacts/screenshots.
 */
describe('the web app in a browser', () => {
  let browser: Browser;
  let manager: Page;

  const childRef = `WEB${Date.now().toString(36).toUpperCase()}`;
  const childName = `Robin Webb (${childRef})`;
  let childId: string;
  let processId: string;

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

  /** The open task card for this test's child with the given title. */
  const taskCard = (page: Page, title: string, within = page.locator('main')) =>
    within.getByRole('article', { name: title }).filter({ hasText: childRef });

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

  it("lets a manager sign in, add a child's record and start a conversion for the child", async () => {
    manager = await signIn(browser, stack.baseUrl, { sub: 'morgan-web', name: 'Morgan Manager', roles: ['Manager'] });
    // After a page load, the first Tab reaches the link that skips the header and navigation.
    await manager.reload();
    await manager.getByRole('heading', { level: 1, name: 'Your tasks' }).waitFor();
    await manager.keyboard.press('Tab');
    expect(await manager.locator(':focus').textContent()).toBe('Skip to main content');

    await manager.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Start a conversion' }).click();
    await manager.getByRole('heading', { level: 1, name: 'Start a conversion' }).waitFor();
    // Moving to a page moves focus to its heading, for screen reader and keyboard users.
    expect(await manager.locator('h1:focus').count()).toBe(1);

    const addChild = manager.getByRole('region', { name: "Add a child's record" });
    await addChild.getByLabel('Child reference (the CHILD id in your SSDA903 return)').fill(childRef);
    await addChild.getByLabel("Child's first name").fill('Robin');
    await addChild.getByLabel("Child's last name").fill('Webb');
    await addChild.getByLabel('Date of birth').fill('2016-05-04');
    await addChild.getByLabel('Legal status').selectOption('C2');
    await addChild.getByLabel('Placement').selectOption('U1');
    await addChild.getByLabel('Carer reference').fill('K1');
    await addChild.getByLabel("Carer's first name").fill('Jo');
    await addChild.getByLabel("Carer's last name").fill('Webb');
    await addChild.getByLabel('Relationship to the child (for example, grandparent)').fill('grandparent');
    await addChild.getByLabel("The carer is approved as the child's foster carer (a kinship foster carer)").check();
    await addChild.getByRole('button', { name: 'Add the record' }).click();
    await addChild
      .getByRole('status')
      .filter({ hasText: `Record added for ${childName}` })
      .waitFor();
    await addChild.getByRole('button', { name: 'Use this child for a conversion' }).click();
    childId = await manager.getByLabel("Child's record id").inputValue();
    expect(childId).toMatch(/^[0-9a-f-]{36}$/);

    await manager.getByRole('button', { name: 'Start the conversion' }).click();
    await manager
      .getByRole('status')
      .filter({ hasText: 'The conversion has started. It is at the stage: Screening.' })
      .waitFor();
    await screenshot(manager, '01-manager-started-conversion');

    await manager.getByRole('link', { name: 'Open the case' }).click();
    await manager.getByRole('heading', { level: 1, name: `Case: ${childName}` }).waitFor();
    processId = new URL(manager.url()).pathname.split('/').pop()!;
    expect(await currentStage(manager)).toBe('Screening');
    await screenshot(manager, '02-manager-case-at-screening');

    // A second start for the same child is refused, and the page says so in the service's words.
    await manager.goBack();
    await manager.getByLabel("Child's record id").fill(childId);
    await manager.getByRole('button', { name: 'Start the conversion' }).click();
    const refusal = manager.getByRole('alert').filter({ hasText: 'The conversion was not started' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(
      `This cannot be done now. Child ${childId} already has an active sgo-conversion process`,
    );
  });

  it('tells a social worker, before any form, that only panel chairs decide the panel task, and leaves it open', async () => {
    // Screening and the carers' agreement, through the API, bring the case to the panel.
    await stack.drive.driveThrough(processId, STEPS_TO_SGO.slice(0, 2));
    const worker = await signIn(browser, stack.baseUrl, {
      sub: 'sam-web',
      name: 'Sam Social Worker',
      roles: ['Social worker'],
    });
    await worker.goto(`/cases/${processId}`);
    const card = taskCard(worker, "Record the SGO panel's decision");
    await card.getByText('Only panel chairs may do this task.').waitFor();
    // No form to fill in only to be refused: neither claiming nor completing is offered.
    expect(await card.getByRole('button', { name: 'Complete this task' }).isVisible()).toBe(false);
    expect(await card.getByRole('button', { name: 'Claim this task' }).isVisible()).toBe(false);
    await screenshot(worker, '03-social-worker-told-panel-task-is-the-chairs');
    expect((await stack.drive.openTask(processId, 'panel-decision')).status).toBe('open');
    await worker.context().close();
  });

  it('lets the panel chair claim and decide the panel task from the inbox', async () => {
    const chair = await signIn(browser, stack.baseUrl, {
      sub: 'pat-web',
      name: 'Pat Panel Chair',
      roles: ['Panel chair'],
    });
    const team = chair.getByRole('region', { name: /Open tasks for panel chairs/ });
    await taskCard(chair, "Record the SGO panel's decision", team)
      .getByRole('button', { name: 'Claim this task' })
      .click();
    await chair.getByRole('status').filter({ hasText: 'You have claimed' }).waitFor();

    const mine = taskCard(
      chair,
      "Record the SGO panel's decision",
      chair.getByRole('region', { name: /Assigned to you/ }),
    );
    await mine.getByText('Assigned to').waitFor();
    expect(await mine.textContent()).toContain('Assigned toYou');
    await mine.getByRole('button', { name: 'Complete this task' }).click();
    await mine.getByLabel('Recommend an SGO').check();
    await mine.getByLabel('Date the panel sat').fill('2026-11-16');
    await mine.getByLabel('Notes (optional)').fill('Panel agreed unanimously.');
    await screenshot(chair, '04-panel-chair-completing-panel-task');
    await mine.getByRole('button', { name: 'Record the outcome' }).click();
    await chair
      .getByRole('status')
      .filter({
        hasText:
          "Recorded “Recommend an SGO” for “Record the SGO panel's decision”. The case is now at the stage: Care plan review.",
      })
      .waitFor();
    await screenshot(chair, '05-panel-chair-decided');
    await chair.context().close();
  });

  it('shows the manager the case moved on: stages, open tasks, timeline and letters', async () => {
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
    const timeline = await manager.getByRole('region', { name: 'What has happened' }).textContent();
    expect(timeline).toMatch(/Task completed – Recommend an SGOBy Pat Panel Chair, at the stage: SGO panel/);
    expect(timeline).toContain('Notes: Panel agreed unanimously.');
    await manager.getByRole('region', { name: 'Letters and messages sent' }).waitFor();
    await screenshot(manager, '06-manager-case-moved-to-care-plan-review');

    await manager.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Conversion pipeline' }).click();
    const atReview = manager.getByRole('region', { name: /^Care plan review \(\d+\)$/ });
    await atReview.getByRole('link', { name: childName }).waitFor();
    await screenshot(manager, '07-manager-pipeline');

    await manager.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cohort dashboard' }).click();
    await manager.getByRole('img', { name: /Open cases by stage/ }).waitFor();
    await screenshot(manager, '08-manager-cohort-dashboard');
  });
});

/** The stage the case page marks as current (aria-current="step"), by its name. */
async function currentStage(page: Page): Promise<string | null> {
  return page.locator('[aria-current="step"] .stage-name').textContent();
}
