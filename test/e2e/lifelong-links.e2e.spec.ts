import type { Browser, Page } from 'playwright-core';
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
import { actionForm, afterReloads, completeTask, confirmed, openAction, tabTo } from './web-journey';

/**
 * Lifelong Links from the browser alone, each step by its own role: a social worker refers; the
 * coordinator accepts, records consent, the people the young person wants to find and the people
 * found; a safety decision for each; contact only with the one judged safe; the conference and its
 * plan; the social worker links it into the care plan; the review; and, on another case, the young
 * person withdrawing. The conference and its plan are recorded by keyboard alone. Walked on a
 * desktop and a phone; axe-core checks every page state visited.
 */
// Several axe-core checks a step, on a 2-core machine shared with other runs.
jest.setTimeout(300_000);

describe('Lifelong Links in the web app', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const stack = useTestStack('web-links', {
    policy: { lifelongLinks: { reviewConferenceAfter: 'PT2S' } },
    with: async (s) => ({ baseUrl: await listen(s.api) }),
  });
  afterEach(async () => expect(await browserContractProblems()).toEqual([]));

  describe.each<ViewportName>(['desktop', 'phone'])('on a %s', (viewport) => {
    let coordinator: Page;
    let worker: Page;
    let caseUrl: string;
    const task = (page: Page, title: string) => page.getByRole('article', { name: title });

    it('lets a social worker refer a young person from their page, and the coordinator accept and record consent', async () => {
      const childId = await stack.drive.createChild({
        firstName: 'Jamie',
        lastName: 'Links',
        dateOfBirth: '2011-03-02',
      });
      worker = await signIn(
        browser,
        stack.baseUrl,
        { sub: 'sw-links', name: 'Sasha Worker', roles: ['Social worker'] },
        viewport,
      );
      await worker.goto(`/child/${childId}`);
      await openAction(worker, 'Refer the young person to Lifelong Links');
      await expectAccessible(worker, 'the referral form');
      await actionForm(worker, 'Refer to Lifelong Links').getByRole('button', { name: 'Send the referral' }).click();
      await confirmed(worker, 'The Lifelong Links referral has started. It is at the stage: Referral.');
      await worker.getByRole('link', { name: 'Open the case' }).click();
      await worker.getByRole('heading', { level: 1, name: /^Case: Jamie Links/ }).waitFor();
      caseUrl = new URL(worker.url()).pathname;
      await expectAccessible(worker, 'the Lifelong Links case, seen by the social worker');

      coordinator = await signIn(
        browser,
        stack.baseUrl,
        { sub: 'llc-links', name: 'Lee Coordinator', roles: ['Lifelong Links coordinator'] },
        viewport,
      );
      await coordinator.goto(caseUrl);
      await coordinator
        .getByText('People are recorded once the young person has agreed and the search has started.')
        .first()
        .waitFor();
      await expectAccessible(coordinator, 'the Lifelong Links case at referral');
      await completeTask(coordinator, 'Accept or decline the Lifelong Links referral', 'Accepted');
      await completeTask(
        coordinator,
        "Record the young person's agreement and the consent of whoever holds parental responsibility",
        'Consent given',
        { 'Who holds parental responsibility and consented': 'Kirklees Council (care order)' },
      );
      await expectAccessible(coordinator, 'the Lifelong Links case, consent given');
    });

    it('lets the coordinator record the people the young person wants to find and the people found', async () => {
      await openAction(coordinator, 'Add someone the young person wants to find');
      const wish = actionForm(coordinator, 'Add someone the young person wants to find');
      await wish.getByLabel('Who, in the young person’s words').fill('my big brother Sam');
      await wish.getByLabel('Relationship (optional)').fill('brother');
      await expectAccessible(coordinator, 'someone to find, filled in');
      await wish.getByRole('button', { name: 'Add this person' }).click();
      await confirmed(coordinator, 'my big brother Sam is added to the people the young person wants to find.');
      await coordinator.getByRole('region', { name: /^People the young person wants to find \(1\)$/ }).waitFor();

      // From the search task, the way to record people found.
      await task(coordinator, 'Direct work and search: record people found as connections, then finish the search')
        .getByRole('link', { name: 'Record the people found on the case page' })
        .waitFor();
      for (const [name, relationship] of [
        ['Maya Jones', "mother's sister"],
        ['Ray Jones', "mother's brother"],
      ]) {
        await openAction(coordinator, 'Record someone the search found');
        const found = actionForm(coordinator, 'Record someone the search found');
        await found.getByLabel('Their name').fill(name);
        await found.getByLabel('Relationship to the young person').fill(relationship);
        await found
          .getByLabel('How they were found')
          .fill('Named by the young person; found through the electoral roll');
        await found.getByRole('button', { name: 'Record this person' }).click();
        await confirmed(coordinator, `${name} is recorded as connection`);
      }
      await coordinator.getByRole('region', { name: /^People found \(2\)$/ }).waitFor();
      await expectAccessible(coordinator, 'two people found');
      await screenshot(coordinator, `links-${viewport}-01-people-found`);
    });

    it('takes a safety decision for each person found, and offers contact only with the one judged safe', async () => {
      const decide = (ref: string) => task(coordinator, `Decide whether it is safe to contact connection ${ref}`);
      await afterReloads(coordinator, () => decide('C2'));
      await completeTask(coordinator, 'Decide whether it is safe to contact connection C1', 'Safe to contact');
      await completeTask(coordinator, 'Decide whether it is safe to contact connection C2', 'Not safe');

      const people = coordinator.getByRole('region', { name: /^People found/ });
      await people
        .getByRole('row')
        .filter({ hasText: 'Ray Jones' })
        .filter({ hasText: 'Not safe to contact' })
        .waitFor();
      expect(await coordinator.locator('summary', { hasText: 'Record contact with Ray Jones' }).count()).toBe(0);
      await openAction(coordinator, 'Record contact with Maya Jones');
      const contact = actionForm(coordinator, 'Record contact with Maya Jones');
      await contact.getByLabel('What happened').selectOption('willing');
      await expectAccessible(coordinator, 'contact, filled in');
      await contact.getByRole('button', { name: 'Record the contact' }).click();
      await confirmed(coordinator, 'Contact with Maya Jones is recorded: willing to be in touch.');
      await people
        .getByRole('row')
        .filter({ hasText: 'Maya Jones' })
        .filter({ hasText: 'Willing to be in touch' })
        .waitFor();
      await expectAccessible(coordinator, 'safety decided and contact recorded');
      await screenshot(coordinator, `links-${viewport}-02-safety-and-contact`);
    });

    it('records the conference and its plan by keyboard alone, the link into the care plan, and the review', async () => {
      await completeTask(
        coordinator,
        'Direct work and search: record people found as connections, then finish the search',
        'Search finished',
      );
      // Keyboard only: Tab to each control, Space and Enter to use it, typing into fields.
      const conference = task(coordinator, 'Hold the Lifelong Links family group conference and record the plan');
      await afterReloads(coordinator, () => conference);
      await tabTo(coordinator, conference.getByRole('button', { name: 'Complete this task' }));
      await coordinator.keyboard.press('Enter');
      await tabTo(coordinator, conference.getByLabel('Plan agreed', { exact: true }));
      await coordinator.keyboard.press('Space');
      expect(await conference.getByLabel('Plan agreed', { exact: true }).isChecked()).toBe(true);
      await tabTo(coordinator, conference.getByLabel('Date of the conference', { exact: true }));
      // 11 November: the same typed day-first or month-first, whatever order chromium's date field takes.
      await coordinator.keyboard.type('11112026');
      expect(await conference.getByLabel('Date of the conference', { exact: true }).inputValue()).toBe('2026-11-11');
      await tabTo(coordinator, conference.getByLabel('Who came', { exact: true }));
      await coordinator.keyboard.type('Jamie');
      await coordinator.keyboard.press('Enter');
      await coordinator.keyboard.type('Maya Jones');
      await tabTo(coordinator, conference.getByLabel('Plan actions, each "action: owner"', { exact: true }));
      await coordinator.keyboard.type('Monthly video call: Maya Jones');
      await expectAccessible(coordinator, 'the conference and plan, filled in');
      await screenshot(coordinator, `links-${viewport}-03-conference-by-keyboard`);
      await tabTo(coordinator, conference.getByRole('button', { name: 'Record the outcome' }));
      await coordinator.keyboard.press('Enter');
      await confirmed(
        coordinator,
        'Recorded “Plan agreed” for “Hold the Lifelong Links family group conference and record the plan”.',
      );
      await expectAccessible(coordinator, 'the conference recorded');

      await worker.goto(caseUrl);
      await completeTask(worker, 'Link the plan into the care plan', 'Plan linked', {
        'Care or pathway plan reference': 'CP-2026-114',
      });

      await coordinator.goto(caseUrl);
      await afterReloads(coordinator, () => task(coordinator, 'Offer the review family group conference'));
      await completeTask(coordinator, 'Offer the review family group conference', 'Review held');
      await confirmed(coordinator, 'The case is now finished.');
      await coordinator.getByText('This case is closed, so nothing more can be recorded on it.').waitFor();
      await expectAccessible(coordinator, 'the Lifelong Links case, finished');
      await worker.context().close();
    });

    it('lets the coordinator record that the young person withdrew, which ends the case at once', async () => {
      const childId = await stack.drive.createChild({
        firstName: 'Rio',
        lastName: 'Withdraws',
        dateOfBirth: '2012-01-10',
      });
      const started = await stack.api.http
        .post('/processes/lifelong-links')
        .set(...stack.drive.auth('socialWorker'))
        .send({ childId })
        .expect(201);
      await coordinator.goto(`/cases/${started.body.id}`);
      await completeTask(coordinator, 'Accept or decline the Lifelong Links referral', 'Accepted');
      await openAction(coordinator, 'The young person wants to stop (withdraw their consent)');
      const form = actionForm(coordinator, 'Record that the young person withdrew');
      await form.getByLabel('Why, as the young person said it').fill('I am not ready to look yet');
      await expectAccessible(coordinator, 'the withdrawal, filled in');
      await form.getByRole('button', { name: 'Record the withdrawal' }).click();
      await confirmed(coordinator, 'The young person has withdrawn: Lifelong Links has ended.');
      await coordinator.getByText('This case is closed, so nothing more can be recorded on it.').waitFor();
      expect(await coordinator.getByRole('region', { name: /^Open tasks/ }).textContent()).toContain(
        'No tasks are open on this case.',
      );
      await expectAccessible(coordinator, 'the Lifelong Links case, withdrawn');
      await coordinator.context().close();
    });
  });
});
