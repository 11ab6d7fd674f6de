import { eventually } from '../support/eventually';
import { keepHistory } from '../support/histories';
import { useTestStack } from '../support/stack';

function secondsSinceMidnight(): number {
  const now = new Date();
  return now.getUTCHours() * 3600 + now.getUTCMinutes() * 60 + now.getUTCSeconds();
}

/** Reminders, escalations and the timetable review, with the policy in seconds and a real SMTP server. */
describe('reminders over real SMTP', () => {
  const stack = useTestStack('reminders', {
    // A function, so the limit is computed when the stack starts, just before the first test.
    policy: () => ({
      sgoConversion: {
        timetableReviewInterval: 'PT2S',
        tasks: { screening: { due: 'PT3S', reminderLeadTimes: ['PT2S'], escalateAfterDue: 'PT1S' } },
        // The limit runs from the issue date's midnight: set so the deadline falls 200 s after the
        // policy is written, the warning 100 s before it. Starting the stack takes 5-40 s on a quiet
        // machine and over a minute on a loaded one, and a warning whose time has already passed at
        // screening is (rightly) not sent.
        proceedingsLimit: `PT${secondsSinceMidnight() + 200}S`,
        proceedingsDeadline: { reminderLeadTimes: ['PT100S'], escalateAfterDue: 'PT1S' },
      },
      mailboxes: { manager: 'managers@test.example', social_worker: 'sw-team@test.example' },
    }),
  });

  const issueDate = new Date().toISOString().slice(0, 10);

  const toAndAbout =
    (to: string, subject: string, processRef: string) =>
    (m: { to: string[]; subject: string; headers: Map<string, unknown> }) =>
      m.to.includes(to) && m.subject.includes(subject) && m.headers.get('x-kinship-process') === processRef;

  // First in the file: its deadline is set a few seconds after the policy is written.
  it('warns the manager before the care proceedings limit and tells them when it has passed', async () => {
    const { id } = await stack.drive.startConversion(await stack.drive.createChild());
    await stack.drive.complete(id, {
      kind: 'screening',
      as: 'socialWorker',
      outcome: 'in-proceedings',
      data: { proceedingsIssueDate: issueDate },
    });
    const warning = await stack.smtp.waitFor(
      toAndAbout('managers@test.example', 'Deadline approaching: Care proceedings 26-week limit', id),
      180_000,
    );
    // In words, with the case's stage by name and a link to it in the web app.
    expect(warning.text).toContain('The deadline for the Care proceedings 26-week limit is');
    expect(warning.text).toMatch(
      / is \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\./,
    );
    expect(warning.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(warning.text).toContain(`Open the case: http://localhost:3000/cases/${id}`);
    await stack.smtp.waitFor(
      toAndAbout('managers@test.example', 'Deadline passed: Care proceedings 26-week limit', id),
      180_000,
    );
    await eventually(async () => {
      const timeline = await stack.api.http
        .get(`/processes/${id}/timeline`)
        .set(...stack.drive.auth('manager'))
        .expect(200);
      expect(timeline.body.map((e: { kind: string }) => e.kind)).toEqual(
        expect.arrayContaining(['deadline-reminder-sent', 'deadline-passed']),
      );
    });
  }, 360_000);

  it('reminds the team before the screening task is due, then escalates to the team manager when it is overdue', async () => {
    const childId = await stack.drive.createChild();
    const { id } = await stack.drive.startConversion(childId);

    const reminder = await stack.smtp.waitFor(
      toAndAbout('sw-team@test.example', 'Reminder: Screen the case', id),
      15_000,
    );
    expect(reminder.subject).toMatch(/^\[T\w+\] Reminder: Screen the case into a conversion category$/);
    const today = new Date();
    const longToday = `${today.getUTCDate()} ${today.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${today.getUTCFullYear()}`;
    expect(reminder.text).toContain(`is due on ${longToday}.`);
    expect(reminder.text).toContain('Stage: Screening.');
    expect(reminder.text).toContain(`Open the case: http://localhost:3000/cases/${id}`);
    const escalation = await stack.smtp.waitFor(
      toAndAbout('managers@test.example', 'Overdue: Screen the case', id),
      15_000,
    );
    expect(escalation.text).toMatch(/still open/);

    await eventually(async () => {
      const sent = await stack.api.http
        .get(`/notifications?processId=${id}`)
        .set(...stack.drive.auth('manager'))
        .expect(200);
      expect(sent.body.items.map((n: { kind: string }) => n.kind)).toEqual(
        expect.arrayContaining(['task-reminder', 'task-escalation']),
      );
      expect(sent.body.items.every((n: { sentAt: string | null }) => n.sentAt !== null)).toBe(true);
    });
    const overdue = await stack.api.http
      .get('/processes?overdue=true&type=sgo-conversion')
      .set(...stack.drive.auth('manager'))
      .expect(200);
    expect(overdue.body.items.map((p: { id: string }) => p.id)).toContain(id);
    await eventually(async () => {
      const timeline = await stack.api.http
        .get(`/processes/${id}/timeline`)
        .set(...stack.drive.auth('manager'))
        .expect(200);
      expect(timeline.body.map((e: { kind: string }) => e.kind)).toEqual(
        expect.arrayContaining(['task-reminder-sent', 'task-escalated']),
      );
    });
  });

  it('sends the reminder to the person who claimed the task, at their own address', async () => {
    const childId = await stack.drive.createChild();
    const { id, openTasks } = await stack.drive.startConversion(childId);
    const claimed = await stack.api.http
      .post(`/tasks/${openTasks[0].id}/claim`)
      .set(...stack.drive.auth('socialWorker'))
      .expect(200);
    expect(claimed.body.assignee).toEqual({ sub: 'socialWorker-1', name: 'Test socialWorker-1' });
    const mine = await stack.api.http
      .get('/tasks?assignee=me')
      .set(...stack.drive.auth('socialWorker'))
      .expect(200);
    expect(mine.body.items.map((t: { id: string }) => t.id)).toContain(openTasks[0].id);
    await stack.smtp.waitFor(toAndAbout('socialWorker@council.example', 'Reminder: Screen the case', id), 15_000);
  });

  it('reminds the manager to review the timetable every interval while the case is open, and stops when it closes', async () => {
    const childId = await stack.drive.createChild();
    const { id } = await stack.drive.startConversion(childId);
    const isReview = toAndAbout('managers@test.example', 'Conversion timetable review due', id);
    const review = await stack.smtp.waitFor(isReview, 15_000);
    // The policy's own interval (PT2S here), not "fortnightly"; the stage by its name.
    expect(review.text).toContain('Reviews are due every 2 seconds while the case is open.');
    expect(review.text).toContain('The case is now at the stage: Screening.');
    expect(review.text).not.toContain('fortnightly');
    await stack.smtp.waitFor((m) => isReview(m) && stack.smtp.messages.filter(isReview).length >= 2, 15_000);

    await stack.api.http
      .post(`/processes/${id}/withdraw`)
      .set(...stack.drive.auth('manager'))
      .send({ reason: 'Reunification with mother' })
      .expect(200);
    // What was queued before the close is still sent (the outbox); nothing is queued after it.
    await eventually(async () => {
      const [{ pending }] = await stack.db.query(
        `SELECT count(*)::int AS pending FROM notifications WHERE process_id = $1 AND status = 'pending'`,
        [id],
      );
      expect(pending).toBe(0);
    });
    const reviewsAtClose = stack.smtp.messages.filter(isReview).length;
    // Three intervals after closing, no further review reminder has arrived.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(stack.smtp.messages.filter(isReview)).toHaveLength(reviewsAtClose);
    const ids = stack.smtp.messages.filter(isReview).map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    await keepHistory(stack.temporal.client, `sgo-conversion/${childId}`, 'sgo-conversion-reminders-then-withdrawn');
  });
});
