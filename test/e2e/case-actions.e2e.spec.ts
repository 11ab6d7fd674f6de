import type { Browser, Page } from 'playwright-core';
import { STEPS_TO_SGO } from '../support/conversion';
import { useTestStack } from '../support/stack';
import {
  browserContractProblems,
  expectAccessible,
  launchChromium,
  listen,
  screenshot,
  signIn,
  type ViewportName,
} from './browser';
import { actionForm, afterReloads, confirmed, openAction, tabTo } from './web-journey';

/**
 * The case page carries every action its viewer may take, and says which they may not before any
 * form: a manager notes, lists a hearing, extends the 26-week limit, pauses, resumes, reassigns and
 * withdraws; a social worker is told those are a manager's; whoever proposed what a task decides is
 * told someone else must decide it. From the child's page a finance officer starts allowance reviews
 * and a social worker a support fund application, each by keyboard alone. Walked on a desktop and
 * a phone; axe-core checks every page state visited.
 */
// Several axe-core checks a step, on a 2-core machine shared with other runs.
jest.setTimeout(300_000);

describe("the case page's actions in the web app", () => {
  let browser: Browser;
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

  describe.each<ViewportName>(['desktop', 'phone'])('on a %s', (viewport) => {
    let manager: Page;
    /** Waits until the case summary says the case's status is `text`. */
    const statusIs = (page: Page, text: string) =>
      page
        .locator('dl.summary-wide > div', { has: page.locator('dt', { hasText: /^Status$/ }) })
        .locator('dd', { hasText: new RegExp(`^${text}$`) })
        .waitFor();

    it('lets a manager add a case note and record a hearing; an extension waits for care proceedings', async () => {
      const childId = await stack.drive.createChild({ firstName: 'Noor', lastName: 'Actions' });
      const { id } = await stack.drive.startConversion(childId);
      manager = await signIn(
        browser,
        stack.baseUrl,
        { sub: 'mia-actions', name: 'Mia Manager', roles: ['Manager'] },
        viewport,
      );
      await manager.goto(`/cases/${id}`);
      await manager.getByRole('heading', { level: 2, name: 'What you can do on this case' }).waitFor();
      await expectAccessible(manager, 'the case page, seen by a manager');

      await openAction(manager, 'Add a case note');
      const note = actionForm(manager, 'Add a case note');
      // Nothing typed: the problem is named and linked before anything is sent.
      await note.getByRole('button', { name: 'Add the note' }).click();
      await note.getByRole('link', { name: 'Enter case note' }).waitFor();
      await expectAccessible(manager, 'a case note, sent empty');
      await note.getByLabel('Case note').fill('Grandparents asked for a later visit.');
      await note.getByRole('button', { name: 'Add the note' }).click();
      await confirmed(manager, 'The case note is added to the timeline.');
      await manager
        .getByRole('region', { name: 'What has happened' })
        .getByText('Grandparents asked for a later visit.')
        .waitFor();
      await expectAccessible(manager, 'a case note, added');

      await openAction(manager, 'Record a court hearing listed');
      const hearing = actionForm(manager, 'Record a court hearing listed');
      await hearing.getByLabel('Date of the hearing').fill('2027-01-20');
      await hearing.getByRole('button', { name: 'Record the hearing' }).click();
      await confirmed(manager, 'The hearing on 20 January 2027 is recorded.');
      await expectAccessible(manager, 'a hearing, recorded');

      await manager
        .getByText('An extension of the 26-week limit can be recorded once the case is in care proceedings')
        .waitFor();
      await screenshot(manager, `case-actions-${viewport}-01-manager`);
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
      await expectAccessible(manager, 'an extension, filled in');
      await extension.getByRole('button', { name: 'Record the extension' }).click();
      await confirmed(manager, 'An extension of 4 weeks is recorded.');
      await expectAccessible(manager, 'an extension, recorded');
    });

    it('lets a manager pause, resume, reassign and withdraw a case; a social worker is told these are a manager’s', async () => {
      const childId = await stack.drive.createChild({ firstName: 'Kit', lastName: 'Paused' });
      const { id } = await stack.drive.startConversion(childId);

      const worker = await signIn(
        browser,
        stack.baseUrl,
        { sub: 'sol-actions', name: 'Sol Worker', roles: ['Social worker'] },
        viewport,
      );
      await worker.goto(`/cases/${id}`);
      await worker
        .getByText(
          'Pausing, resuming, withdrawing or reassigning this case is for managers only. Ask your team manager.',
        )
        .waitFor();
      expect(await worker.locator('summary', { hasText: 'Pause the case' }).count()).toBe(0);
      // A case note is a social worker's too.
      await worker.locator('summary', { hasText: 'Add a case note' }).waitFor();
      await expectAccessible(worker, 'the case page, seen by a social worker');
      await worker.context().close();

      await manager.goto(`/cases/${id}`);
      await openAction(manager, 'Pause the case');
      const pause = actionForm(manager, 'Pause the case');
      await pause.getByLabel('Why the case is paused').fill('Carer in hospital');
      await pause.getByRole('button', { name: 'Pause the case' }).click();
      await confirmed(manager, 'The case is paused.');
      await statusIs(manager, 'Paused');
      await expectAccessible(manager, 'a paused case');

      await openAction(manager, 'Resume the case');
      await actionForm(manager, 'Resume the case').getByRole('button', { name: 'Resume the case' }).click();
      await confirmed(manager, 'The case has resumed.');
      await statusIs(manager, 'Open');

      await openAction(manager, 'Reassign the case to another social worker');
      const reassign = actionForm(manager, 'Reassign the case');
      await reassign.getByLabel("Social worker's user id").fill('robin-sw');
      await reassign.getByLabel("Social worker's full name").fill('Robin Social Worker');
      await expectAccessible(manager, 'reassigning, filled in');
      await reassign.getByRole('button', { name: 'Reassign the case' }).click();
      await confirmed(manager, "The case is now Robin Social Worker's.");

      await openAction(manager, 'Withdraw the case');
      const withdraw = actionForm(manager, 'Withdraw the case');
      await withdraw.getByLabel('Why the case is withdrawn').fill('Carers moved out of area');
      await withdraw.getByRole('button', { name: 'Withdraw the case' }).click();
      await confirmed(manager, 'The case is withdrawn.');
      await statusIs(manager, 'Withdrawn');
      await manager.getByText('This case is closed, so nothing more can be recorded on it.').waitFor();
      await expectAccessible(manager, 'a withdrawn case');
      await manager.context().close();
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
      const dual = await signIn(
        browser,
        stack.baseUrl,
        { sub: 'dual-sod', name: 'Dana Dual', roles: ['Social worker', 'Panel chair'] },
        viewport,
      );
      await dual.goto(`/cases/${id}`);
      const card = dual.getByRole('article', { name: "Record the SGO panel's decision" });
      await card.getByText('You proposed what this task decides, so someone else must decide it').waitFor();
      expect(await card.getByRole('button', { name: 'Complete this task' }).isVisible()).toBe(false);
      await expectAccessible(dual, 'a task its proposer may not decide');
      await screenshot(dual, `case-actions-${viewport}-02-separation-of-duties`);
      await dual.context().close();
    });

    it("lets a finance officer start allowance reviews from the child's page, and a social worker a support fund application and its assessment, each by keyboard alone", async () => {
      const childId = await stack.drive.createChild({
        firstName: 'Remy',
        lastName: 'Guardianship',
        previouslyLookedAfter: true,
      });
      const finance = await signIn(
        browser,
        stack.baseUrl,
        { sub: 'fin-actions', name: 'Fin Officer', roles: ['Finance officer'] },
        viewport,
      );
      await finance.goto(`/child/${childId}`);
      await finance
        .getByText('Start a support fund (ASGSF) application: only social workers or managers may do this.')
        .waitFor();
      await expectAccessible(finance, "the child's page, seen by a finance officer");
      // Keyboard only from here: Tab to each control, Enter to use it, typing into fields.
      const opener = finance.locator('summary', {
        hasText: "Start yearly reviews of the special guardian's allowance",
      });
      await tabTo(finance, opener);
      await finance.keyboard.press('Enter');
      const reviews = actionForm(finance, 'Start allowance reviews');
      await tabTo(finance, reviews.getByLabel('Date of the special guardianship order'));
      // 11 November: the same typed day-first or month-first, whatever order chromium's date field takes.
      await finance.keyboard.type('11112025');
      expect(await reviews.getByLabel('Date of the special guardianship order').inputValue()).toBe('2025-11-11');
      await tabTo(finance, reviews.getByLabel('Allowance paid now, per week, in pounds'));
      await finance.keyboard.type('185.50');
      await expectAccessible(finance, 'allowance reviews, filled in');
      await tabTo(finance, reviews.getByRole('button', { name: 'Start the reviews' }));
      await finance.keyboard.press('Enter');
      await confirmed(finance, 'The allowance review has started.');
      await expectAccessible(finance, 'allowance reviews, started');
      await finance.getByRole('link', { name: 'Open the case' }).click();
      await finance.getByRole('heading', { level: 1, name: /^Case: Remy Guardianship/ }).waitFor();
      await expectAccessible(finance, 'the allowance review case');
      await finance.context().close();

      const worker = await signIn(
        browser,
        stack.baseUrl,
        { sub: 'sw-asgsf', name: 'Sid Worker', roles: ['Social worker'] },
        viewport,
      );
      await worker.goto(`/child/${childId}`);
      await tabTo(worker, worker.locator('summary', { hasText: 'Start a support fund (ASGSF) application' }));
      await worker.keyboard.press('Enter');
      await tabTo(
        worker,
        actionForm(worker, 'Start a support fund application').getByRole('button', { name: 'Start the application' }),
      );
      await worker.keyboard.press('Enter');
      await confirmed(worker, 'The support fund application has started.');
      await worker.getByRole('region', { name: /^Cases \(2\)$/ }).waitFor();
      await expectAccessible(worker, 'a support fund application, started');
      await tabTo(worker, worker.getByRole('link', { name: 'Open the case' }));
      await worker.keyboard.press('Enter');
      await worker.getByRole('heading', { level: 1, name: /^Case: Remy Guardianship/ }).waitFor();

      // The application's first task, the assessment of need, by keyboard alone.
      const card = worker.getByRole('article', { name: "Record the assessment of the family's support needs" });
      // The workflow opens it just after the start.
      await afterReloads(worker, () => card);
      await tabTo(worker, card.getByRole('button', { name: 'Complete this task' }));
      await worker.keyboard.press('Enter');
      await tabTo(worker, card.getByLabel('Therapy recommended', { exact: true }));
      await worker.keyboard.press('Space');
      expect(await card.getByLabel('Therapy recommended', { exact: true }).isChecked()).toBe(true);
      await tabTo(worker, card.getByLabel('Date of the assessment of need'));
      await worker.keyboard.type('11112026');
      expect(await card.getByLabel('Date of the assessment of need').inputValue()).toBe('2026-11-11');
      await tabTo(worker, card.getByLabel('The therapy recommended and why'));
      await worker.keyboard.type('Play therapy: Remy has nightmares since the move.');
      await expectAccessible(worker, 'the assessment of need, filled in');
      await screenshot(worker, `case-actions-${viewport}-03-asgsf-assessment-by-keyboard`);
      await tabTo(worker, card.getByRole('button', { name: 'Record the outcome' }));
      await worker.keyboard.press('Enter');
      await confirmed(
        worker,
        "Recorded “Therapy recommended” for “Record the assessment of the family's support needs”.",
      );
      await expectAccessible(worker, 'the assessment of need, recorded');
      await worker.context().close();
    });
  });
});
