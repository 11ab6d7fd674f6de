import type { Page } from 'playwright-core';

/**
 * Small steps the journey specs share: opening an action on a page (a <details> whose summary
 * names it) and reading the success message that follows.
 */
export async function openAction(page: Page, summary: string): Promise<void> {
  const details = page.locator('details', { has: page.locator('summary', { hasText: summary }) }).first();
  // An action stays open after it is sent: clicking its summary again would close it.
  if ((await details.getAttribute('open')) === null) await details.locator('summary').first().click();
}

/** The form an action opened, by its accessible name. */
export const actionForm = (page: Page, name: string) => page.getByRole('form', { name, exact: true });

/** Waits for the page's success message containing `text`. */
export async function confirmed(page: Page, text: string | RegExp): Promise<void> {
  await page.getByRole('status').filter({ hasText: text }).first().waitFor();
}

/** Reloads the page until `find()` is visible: for a task a workflow opens just after the answer. */
export async function afterReloads(page: Page, find: () => ReturnType<Page['locator']>, tries = 20): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (await find().isVisible()) return;
    await page.waitForTimeout(500);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
  }
  await find().waitFor({ timeout: 1_000 });
}

/** Opens a task's form on its card, picks the outcome and fills the fields, and sends it. */
export async function completeTask(
  page: Page,
  title: string,
  outcome: string,
  fields: Record<string, string> = {},
): Promise<void> {
  const card = page.getByRole('article', { name: title });
  await card.getByRole('button', { name: 'Complete this task' }).click();
  await card.getByLabel(outcome, { exact: true }).check();
  for (const [label, value] of Object.entries(fields)) await card.getByLabel(label, { exact: true }).fill(value);
  await card.getByRole('button', { name: 'Record the outcome' }).click();
  await confirmed(page, `Recorded “${outcome}” for “${title}”.`);
}

/** Presses Tab until `target` has focus, as a keyboard user would; fails if 40 presses do not reach it. */
export async function tabTo(page: Page, target: ReturnType<Page['locator']>): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab did not reach ${target.toString()} in 40 presses`);
}

/**
 * Follows "Next page" until `find()` is visible, as a person looking down a paged list would;
 * fails if the list ends (or `maxPages` pass) without it.
 */
export async function findOnPages(page: Page, find: () => ReturnType<Page['locator']>, maxPages = 40): Promise<void> {
  await page.getByRole('status').filter({ hasText: 'Loading' }).waitFor({ state: 'detached' });
  for (let shown = 1; shown < maxPages; shown++) {
    if (await find().first().isVisible()) return;
    const next = page.getByRole('button', { name: 'Next page' });
    if (!(await next.isVisible())) break;
    await next.click();
    await page.getByText(`(page ${shown + 1} of `, { exact: false }).waitFor();
  }
  await find().first().waitFor({ timeout: 1_000 });
}
