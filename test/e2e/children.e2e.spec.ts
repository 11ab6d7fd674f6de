import type { Browser, Page } from 'playwright-core';
import { childBody } from '../support/http';
import { useTestStack } from '../support/stack';
import {
  browserContractProblems,
  expectAccessible,
  launchChromium,
  apiCallsDuring,
  listen,
  openFromMenu,
  screenshot,
  signIn,
  type ViewportName,
} from './browser';
import { actionForm, confirmed, openAction } from './web-journey';

/**
 * Finding a child in the browser: a manager searches by name, opens the child's page, starts a
 * conversion there, and is sent to the open case when a second start is refused; re-adding a
 * reference links to the existing record; an SSDA903 import offers screening for the children it
 * loaded, each refusal linking to the child or the open case. A social worker is told, before any
 * form, that only managers start a conversion. Walked on a desktop and a phone; axe-core checks
 * every page state visited.
 */
// Several axe-core checks a step, on a 2-core machine shared with other runs.
jest.setTimeout(300_000);

describe('finding a child in the web app', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const stack = useTestStack('web-children', { with: async (s) => ({ baseUrl: await listen(s.api) }) });
  afterEach(async () => expect(await browserContractProblems()).toEqual([]));

  describe.each<ViewportName>(['desktop', 'phone'])('on a %s', (viewport) => {
    let manager: Page;
    // Each viewport its own children, so neither run finds the other's.
    const tag = `FC${viewport === 'phone' ? 'P' : 'D'}${Date.now().toString(36).toUpperCase()}`;
    // A real surname with no space or hyphen to wrap at: a phone's page must wrap it, not scroll.
    const lastName = `Wolfeschlegelsteinhausenbergerdorff${tag}`;
    const name = `Ellis ${lastName} (${tag}1)`;
    let childId: string;

    it("finds a child by name, starts their conversion from their page, and links a second start's refusal to the open case", async () => {
      childId = await stack.drive.createChild({ childRef: `${tag}1`, firstName: 'Ellis', lastName });
      manager = await signIn(
        browser,
        stack.baseUrl,
        { sub: 'mo-find', name: 'Mo Manager', roles: ['Manager'] },
        viewport,
      );
      await openFromMenu(manager, 'Find a child');
      await manager.getByRole('heading', { level: 1, name: 'Find a child' }).waitFor();
      await expectAccessible(manager, 'find a child');
      await manager.getByLabel('Name or CHILD reference').fill(`ellis ${lastName.toLowerCase()}`);
      await manager.getByRole('button', { name: 'Search', exact: true }).click();
      await confirmed(manager, '1 child found');
      // Codes only after their words.
      await manager.getByRole('cell', { name: 'Full care order (C2)' }).waitFor();
      await expectAccessible(manager, 'find a child, one found');
      await screenshot(manager, `children-${viewport}-01-search`);
      await manager.getByRole('link', { name }).click();
      await manager.getByRole('heading', { level: 1, name }).waitFor();
      expect(new URL(manager.url()).pathname).toBe(`/child/${childId}`);
      // The record in words, each code after them.
      await manager.getByText('Full care order (C2)', { exact: true }).waitFor();
      await manager.getByText('With a relative or friend, long-term foster care (U1)', { exact: true }).waitFor();
      await expectAccessible(manager, "the child's page");

      await openAction(manager, 'Start a conversion to a special guardianship order');
      const form = actionForm(manager, 'Start a conversion');
      await expectAccessible(manager, "the child's page, starting a conversion");
      await form.getByRole('button', { name: 'Start the conversion' }).click();
      await confirmed(manager, 'The conversion has started. It is at the stage: Screening.');
      await manager.getByRole('region', { name: /^Cases \(1\)$/ }).waitFor();
      await expectAccessible(manager, "the child's page, conversion started");

      await form.getByRole('button', { name: 'Start the conversion' }).click();
      await form.getByRole('alert').filter({ hasText: 'already has an open case' }).waitFor();
      await form.getByRole('link', { name: /^Go to the open case/ }).waitFor();
      await expectAccessible(manager, "the child's page, a second start refused");
      await screenshot(manager, `children-${viewport}-02-second-start-refused`);
      await form.getByRole('link', { name: /^Go to the open case/ }).click();
      await manager.getByRole('heading', { level: 1, name: `Case: ${name}` }).waitFor();
      await expectAccessible(manager, 'the open case');
    });

    it('links to the existing record when a child is added again with a reference already used', async () => {
      await openFromMenu(manager, 'Start a conversion');
      const addChild = manager.getByRole('region', { name: "Add a child's record" });
      await addChild.getByLabel('Child reference (the CHILD id in your SSDA903 return)').fill(`${tag}1`);
      await addChild.getByLabel("Child's first name").fill('Ellis');
      await addChild.getByLabel("Child's last name").fill(lastName);
      await addChild.getByLabel('Date of birth').fill('2016-05-04');
      await addChild.getByLabel('Legal status').selectOption('C2');
      await addChild.getByLabel('Placement').selectOption('U1');
      await addChild.getByLabel('Carer reference').fill('K1');
      await addChild.getByLabel("Carer's first name").fill('Jo');
      await addChild.getByLabel("Carer's last name").fill('Marsh');
      await addChild.getByLabel('Relationship to the child (for example, grandparent)').fill('grandparent');
      await addChild.getByRole('button', { name: 'Add the record' }).click();
      const existing = addChild.getByRole('link', { name: `Go to the record of the child with reference ${tag}1` });
      await existing.waitFor();
      await expectAccessible(manager, 'add a child, the reference already used');
      await existing.click();
      await manager.getByRole('heading', { level: 1, name }).waitFor();
    });

    it('offers screening for the children an import loaded; refusals link to the child or to the open case', async () => {
      // One child the file updates who can be screened (carers recorded), one new record without carers.
      await stack.api.http
        .post('/children')
        .set(...stack.drive.auth('socialWorker'))
        .send(childBody({ childRef: `${tag}3`, firstName: 'Sky', lastName }))
        .expect(201);
      const csv = [
        'CHILD,SEX,DOB,DECOM,LS,PLACE',
        `${tag}1,1,04/05/2016,01/09/2021,C2,U1`,
        `${tag}3,2,04/05/2016,01/09/2021,C2,U1`,
        `${tag}4,2,04/05/2017,01/09/2021,E1,U2`,
      ].join('\n');
      await openFromMenu(manager, 'Start a conversion');
      await manager.getByLabel("Or paste the file's contents").fill(csv);
      await manager.getByRole('button', { name: 'Import the file' }).click();
      await confirmed(manager, '1 child added and 2 updated.');
      const start = manager.getByRole('button', { name: 'Start screening for these 3 children' });
      await start.waitFor();
      await expectAccessible(manager, 'screening, a file imported');
      await screenshot(manager, `children-${viewport}-03-imported-ready-to-screen`);
      const refused = manager.getByRole('table', { name: 'Children not started' });
      const calls = await apiCallsDuring(manager, async () => {
        await start.click();
        await confirmed(manager, 'Screening started for 1 child; 2 refused.');
        await refused.waitFor();
      });
      // The refused children are named by the batch's answer: no request per child.
      expect(calls.filter((c) => /\/children\/[0-9a-f-]{36}/.test(c))).toEqual([]);
      await expectAccessible(manager, 'screening, some refused');
      await screenshot(manager, `children-${viewport}-04-screening-refusals`);
      // The child already in a conversion: a link to them and to their open case.
      const already = refused.getByRole('row').filter({ hasText: 'already has an open case' });
      await already.getByRole('link', { name }).waitFor();
      await already.getByRole('link', { name: /^Go to the open case/ }).waitFor();
      // The new record, refused by the rules: a link to the child's page, named by reference, never by id.
      const ruled = refused.getByRole('row').filter({ hasText: 'legal status' });
      expect(await refused.textContent()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
      await ruled.getByRole('link', { name: `Child ${tag}4` }).click();
      await manager.getByRole('heading', { level: 1, name: `Child ${tag}4` }).waitFor();
      await expectAccessible(manager, 'the page of a child an import added, without a name');
    });

    it('tells a social worker, before any form, that only managers start a conversion', async () => {
      const worker = await signIn(
        browser,
        stack.baseUrl,
        { sub: 'sam-find', name: 'Sam Worker', roles: ['Social worker'] },
        viewport,
      );
      await worker.goto(`/child/${childId}`);
      await worker.getByRole('heading', { level: 1, name }).waitFor();
      await worker
        .getByText('Start a conversion to a special guardianship order: only managers may do this.')
        .waitFor();
      expect(await worker.locator('summary', { hasText: 'Start a conversion' }).count()).toBe(0);
      await worker.locator('summary', { hasText: 'Refer the young person to Lifelong Links' }).waitFor();
      await expectAccessible(worker, "the child's page, seen by a social worker");
      await worker.context().close();
      await manager.context().close();
    });
  });
});
