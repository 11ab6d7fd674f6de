import type { Browser, Page } from 'playwright-core';
import { useTestStack } from '../support/stack';
import { browserContractProblems, launchChromium, listen, screenshot, signIn } from './browser';
import { actionForm, afterReloads, completeTask, confirmed, openAction } from './web-journey';

/**
 * Lifelong Links from the browser alone, each step by its own role: a social worker refers; the
 * coordinator accepts, records consent, the people the young person wants to find and the people
 * found; a safety decision for each; contact only with the one judged safe; the conference and its
 * plan; the social worker links it into the care plan; the review; and, on another case, the young
 * person withdrawing.
 */
describe('Lifelong Links in the web app', () => {
  let browser: Browser;
  let coordinator: Page;
  let worker: Page;
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

  let caseUrl: string;
  const task = (page: Page, title: string) => page.getByRole('article', { name: title });

  it('lets a social worker refer a young person from their page, and the coordinator accept and record consent', async () => {
    const childId = await stack.drive.createChild({ firstName: 'Jamie', lastName: 'Links', dateOfBirth: '2011-03-02' });
    worker = await signIn(browser, stack.baseUrl, { sub: 'sw-links', name: 'Sasha Worker', roles: ['Social worker'] });
    await worker.goto(`/child/${childId}`);
    await openAction(worker, 'Refer the young person to Lifelong Links');
    await actionForm(worker, 'Refer to Lifelong Links').getByRole('button', { name: 'Send the referral' }).click();
    await confirmed(worker, 'The Lifelong Links referral has started. It is at the stage: Referral.');
    await worker.getByRole('link', { name: 'Open the case' }).click();
    await worker.getByRole('heading', { level: 1, name: /^Case: Jamie Links/ }).waitFor();
    caseUrl = new URL(worker.url()).pathname;

    coordinator = await signIn(browser, stack.baseUrl, {
      sub: 'llc-links',
      name: 'Lee Coordinator',
      roles: ['Lifelong Links coordinator'],
    });
    await coordinator.goto(caseUrl);
    await coordinator
      .getByText('People are recorded once the young person has agreed and the search has started.')
      .first()
      .waitFor();
    await completeTask(coordinator, 'Accept or decline the Lifelong Links referral', 'Accepted');
    await completeTask(
      coordinator,
      "Record the young person's agreement and the consent of whoever holds parental responsibility",
      'Consent given',
      { 'Who holds parental responsibility and consented': 'Kirklees Council (care order)' },
    );
  });

  it('lets the coordinator record the people the young person wants to find and the people found', async () => {
    await openAction(coordinator, 'Add someone the young person wants to find');
    const wish = actionForm(coordinator, 'Add someone the young person wants to find');
    await wish.getByLabel('Who, in the young person’s words').fill('my big brother Sam');
    await wish.getByLabel('Relationship (optional)').fill('brother');
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
      await found.getByLabel('How they were found').fill('Named by the young person; found through the electoral roll');
      await found.getByRole('button', { name: 'Record this person' }).click();
      await confirmed(coordinator, `${name} is recorded as connection`);
    }
    await coordinator.getByRole('region', { name: /^People found \(2\)$/ }).waitFor();
    await screenshot(coordinator, 'links-01-people-found');
  });

  it('takes a safety decision for each person found, and offers contact only with the one judged safe', async () => {
    const decide = (ref: string) => task(coordinator, `Decide whether it is safe to contact connection ${ref}`);
    await afterReloads(coordinator, () => decide('C2'));
    await completeTask(coordinator, 'Decide whether it is safe to contact connection C1', 'Safe to contact');
    await completeTask(coordinator, 'Decide whether it is safe to contact connection C2', 'Not safe');

    const people = coordinator.getByRole('region', { name: /^People found/ });
    await people.getByRole('row').filter({ hasText: 'Ray Jones' }).filter({ hasText: 'Not safe to contact' }).waitFor();
    expect(await coordinator.locator('summary', { hasText: 'Record contact with Ray Jones' }).count()).toBe(0);
    await openAction(coordinator, 'Record contact with Maya Jones');
    const contact = actionForm(coordinator, 'Record contact with Maya Jones');
    await contact.getByLabel('What happened').selectOption('willing');
    await contact.getByRole('button', { name: 'Record the contact' }).click();
    await confirmed(coordinator, 'Contact with Maya Jones is recorded: willing to be in touch.');
    await people
      .getByRole('row')
      .filter({ hasText: 'Maya Jones' })
      .filter({ hasText: 'Willing to be in touch' })
      .waitFor();
    await screenshot(coordinator, 'links-02-safety-and-contact');
  });

  it('records the conference and its plan, the link into the care plan, and the review', async () => {
    await completeTask(
      coordinator,
      'Direct work and search: record people found as connections, then finish the search',
      'Search finished',
    );
    await completeTask(
      coordinator,
      'Hold the Lifelong Links family group conference and record the plan',
      'Plan agreed',
      {
        'Date of the conference': '2026-11-20',
        'Who came': 'Jamie\nMaya Jones',
        'Plan actions, each "action: owner"': 'Monthly video call: Maya Jones',
      },
    );

    await worker.goto(caseUrl);
    await completeTask(worker, 'Link the plan into the care plan', 'Plan linked', {
      'Care or pathway plan reference': 'CP-2026-114',
    });

    await coordinator.goto(caseUrl);
    await afterReloads(coordinator, () => task(coordinator, 'Offer the review family group conference'));
    await completeTask(coordinator, 'Offer the review family group conference', 'Review held');
    await confirmed(coordinator, 'The case is now finished.');
    await coordinator.getByText('This case is closed, so nothing more can be recorded on it.').waitFor();
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
    await form.getByRole('button', { name: 'Record the withdrawal' }).click();
    await confirmed(coordinator, 'The young person has withdrawn: Lifelong Links has ended.');
    await coordinator.getByText('This case is closed, so nothing more can be recorded on it.').waitFor();
    expect(await coordinator.getByRole('region', { name: /^Open tasks/ }).textContent()).toContain(
      'No tasks are open on this case.',
    );
  });
});
