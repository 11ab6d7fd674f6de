import type { Browser, Page } from 'playwright-core';
import { STEPS_TO_SGO } from '../support/conversion';
import { useTestStack } from '../support/stack';
import { browserContractProblems, launchChromium, listen, screenshot, signIn } from './browser';
import { actionForm, confirmed, openAction } from './web-journey';

/**
 * The case page carries every action its viewer may take, and says which they may not before any
 * form: a manager notes, lists a hearing, extends the 26-week limit, pauses, resumes, reassigns and
 * withdraws; a social worker is told those are a manager's; whoever proposed what a task decides is
 * told someone else must decide it. From the child's page a finance officer starts allowance reviews
 * and a social worker a support fund application.
 */
describe("the case page's actions in the web app", () => {
  let browser: Browser;
  let manager: Page;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const stack = useTestStack('web-case-actions', {
    with: async (s) => ({
      baseUrl: await listen(s.api),
      dual: await s.api.token('dual-sod', ['social_worker', 'panel_chair']),
    }),
  });
  afterEach(async () => expect(await browserContractProblems()).toEqual([]));

  /** Waits until the case summary says the case's status is `text`. */
  const statusIs = (page: Page, text: string) =>
    page
      .locator('dl.summary-wide > div', { has: page.locator('dt', { hasText: /^Status$/ }) })
      .locator('dd', { hasText: new RegExp(`^${text}$`) })
      .waitFor();

  it('lets a manager add a case note and record a hearing; an extension waits for care proceedings', async () => {
    const childId = await stack.drive.createChild({ firstName: 'Noor', lastName: 'Actions' });
    const { id } = await stack.drive.startConversion(childId);
    manager = await signIn(browser, stack.baseUrl, { sub: 'mia-actions', name: 'Mia Manager', roles: ['Manager'] });
    await manager.goto(`/cases/${id}`);
    await manager.getByRole('heading', { level: 2, name: 'What you can do on this case' }).waitFor();

    await openAction(manager, 'Add a case note');
    const note = actionForm(manager, 'Add a case note');
    // Nothing typed: the problem is named and linked before anything is sent.
    await note.getByRole('button', { name: 'Add the note' }).click();
    await note.getByRole('link', { name: 'Enter case note' }).waitFor();
    await note.getByLabel('Case note').fill('Grandparents asked for a later visit.');
    await note.getByRole('button', { name: 'Add the note' }).click();
    await confirmed(manager, 'The case note is added to the timeline.');
    await manager
      .getByRole('region', { name: 'What has happened' })
      .getByText('Grandparents asked for a later visit.')
      .waitFor();

    await openAction(manager, 'Record a court hearing listed');
    const hearing = actionForm(manager, 'Record a court hearing listed');
    await hearing.getByLabel('Date of the hearing').fill('2027-01-20');
    await hearing.getByRole('button', { name: 'Record the hearing' }).click();
    await confirmed(manager, 'The hearing on 20 January 2027 is recorded.');

    await manager
      .getByText('An extension of the 26-week limit can be recorded once the case is in care proceedings')
      .waitFor();
    await screenshot(manager, 'case-actions-01-manager');
  });

  it('lets a manager extend the 26-week limit of a case in care proceedings', async () => {
    const childId = await stack.drive.createChild({ firstName: 'Ari', lastName: 'Proceedings' });
    const { id } = await stack.drive.startConversion(childId);
    await stack.drive.complete(id, {
      kind: 'screening',
      as: 'socialWorker',
      outcome: 'in-proceedings',
      data: { proceedingsIssueDate: '2026-10-01' },
    });
    await manager.goto(`/cases/${id}`);
    await openAction(manager, 'Record an extension of the 26-week limit');
    const extension = actionForm(manager, 'Record an extension of the 26-week limit');
    await extension.getByLabel('Extension granted, in weeks').fill('4');
    await extension.getByRole('button', { name: 'Record the extension' }).click();
    await confirmed(manager, 'An extension of 4 weeks is recorded.');
  });

  it('lets a manager pause, resume, reassign and withdraw a case; a social worker is told these are a manager’s', async () => {
    const childId = await stack.drive.createChild({ firstName: 'Kit', lastName: 'Paused' });
    const { id } = await stack.drive.startConversion(childId);

    const worker = await signIn(browser, stack.baseUrl, {
      sub: 'sol-actions',
      name: 'Sol Worker',
      roles: ['Social worker'],
    });
    await worker.goto(`/cases/${id}`);
    await worker
      .getByText('Pausing, resuming, withdrawing or reassigning this case is for managers only. Ask your team manager.')
      .waitFor();
    expect(await worker.locator('summary', { hasText: 'Pause the case' }).count()).toBe(0);
    // A case note is a social worker's too.
    await worker.locator('summary', { hasText: 'Add a case note' }).waitFor();
    await worker.context().close();

    await manager.goto(`/cases/${id}`);
    await openAction(manager, 'Pause the case');
    const pause = actionForm(manager, 'Pause the case');
    await pause.getByLabel('Why the case is paused').fill('Carer in hospital');
    await pause.getByRole('button', { name: 'Pause the case' }).click();
    await confirmed(manager, 'The case is paused.');
    await statusIs(manager, 'Paused');

    await openAction(manager, 'Resume the case');
    await actionForm(manager, 'Resume the case').getByRole('button', { name: 'Resume the case' }).click();
    await confirmed(manager, 'The case has resumed.');
    await statusIs(manager, 'Open');

    await openAction(manager, 'Reassign the case to another social worker');
    const reassign = actionForm(manager, 'Reassign the case');
    await reassign.getByLabel("Social worker's user id").fill('robin-sw');
    await reassign.getByLabel("Social worker's full name").fill('Robin Social Worker');
    await reassign.getByRole('button', { name: 'Reassign the case' }).click();
    await confirmed(manager, "The case is now Robin Social Worker's.");

    await openAction(manager, 'Withdraw the case');
    const withdraw = actionForm(manager, 'Withdraw the case');
    await withdraw.getByLabel('Why the case is withdrawn').fill('Carers moved out of area');
    await withdraw.getByRole('button', { name: 'Withdraw the case' }).click();
    await confirmed(manager, 'The case is withdrawn.');
    await statusIs(manager, 'Withdrawn');
    await manager.getByText('This case is closed, so nothing more can be recorded on it.').waitFor();
  });

  it('tells whoever proposed what a task decides, before any form, that someone else must decide it', async () => {
    const childId = await stack.drive.createChild({ firstName: 'Dee', lastName: 'Duties' });
    const { id } = await stack.drive.startConversion(childId);
    await stack.drive.complete(id, STEPS_TO_SGO[0]);
    // The carers' discussion, recorded by someone who also chairs the panel.
    const discussion = await stack.drive.openTask(id, 'carer-discussion');
    await stack.api.http
      .post(`/tasks/${discussion.id}/complete`)
      .set('Authorization', `Bearer ${stack.dual}`)
      .send({ outcome: 'carers-agree', data: { discussionDate: '2026-05-04' } })
      .expect(200);
    const dual = await signIn(browser, stack.baseUrl, {
      sub: 'dual-sod',
      name: 'Dana Dual',
      roles: ['Social worker', 'Panel chair'],
    });
    await dual.goto(`/cases/${id}`);
    const card = dual.getByRole('article', { name: "Record the SGO panel's decision" });
    await card.getByText('You proposed what this task decides, so someone else must decide it').waitFor();
    expect(await card.getByRole('button', { name: 'Complete this task' }).isVisible()).toBe(false);
    await screenshot(dual, 'case-actions-02-separation-of-duties');
    await dual.context().close();
  });

  it("lets a finance officer start allowance reviews, and a social worker a support fund application, from the child's page", async () => {
    const childId = await stack.drive.createChild({
      firstName: 'Remy',
      lastName: 'Guardianship',
      previouslyLookedAfter: true,
    });
    const finance = await signIn(browser, stack.baseUrl, {
      sub: 'fin-actions',
      name: 'Fin Officer',
      roles: ['Finance officer'],
    });
    await finance.goto(`/child/${childId}`);
    await finance
      .getByText('Start a support fund (ASGSF) application: only social workers or managers may do this.')
      .waitFor();
    await openAction(finance, "Start yearly reviews of the special guardian's allowance");
    const reviews = actionForm(finance, 'Start allowance reviews');
    await reviews.getByLabel('Date of the special guardianship order').fill('2025-06-02');
    await reviews.getByLabel('Allowance paid now, per week, in pounds').fill('185.50');
    await reviews.getByRole('button', { name: 'Start the reviews' }).click();
    await confirmed(finance, 'The allowance review has started.');
    await finance.getByRole('link', { name: 'Open the case' }).click();
    await finance.getByRole('heading', { level: 1, name: /^Case: Remy Guardianship/ }).waitFor();
    await finance.context().close();

    const worker = await signIn(browser, stack.baseUrl, {
      sub: 'sw-asgsf',
      name: 'Sid Worker',
      roles: ['Social worker'],
    });
    await worker.goto(`/child/${childId}`);
    await openAction(worker, 'Start a support fund (ASGSF) application');
    await actionForm(worker, 'Start a support fund application')
      .getByRole('button', { name: 'Start the application' })
      .click();
    await confirmed(worker, 'The support fund application has started.');
    await worker.getByRole('region', { name: /^Cases \(2\)$/ }).waitFor();
    await worker.context().close();
  });
});
