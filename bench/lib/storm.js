'use strict';
// The reminder storm: many open tasks whose reminders fall due at one instant. Each conversion is
// started (update-with-start, as the engine baseline) with its own policy timing, worked out so its
// screening task's reminder falls due at the same instant T whenever in the start window it opened:
// the policy's timings are durations from the task's opening, so each start gets `due = T + 1 s - now`.
const { updateWithStarts } = require('./engine');

const LEAD_SECONDS = 1;

/** The policy a start at `now` takes so its screening reminder falls due at `instant`. */
function policyFallingDueAt(policy, instant, now = Date.now()) {
  const seconds = Math.max(1, Math.ceil((instant - now) / 1000) + LEAD_SECONDS);
  const copy = structuredClone(policy);
  copy.sgoConversion.tasks.screening = {
    due: `PT${seconds}S`,
    reminderLeadTimes: [`PT${LEAD_SECONDS}S`],
    escalateAfterDue: 'P30D',
  };
  return copy;
}

/**
 * Starts `children.length` conversions whose reminders fall due together, waits for the reminders
 * at the SMTP server and answers: how many were expected and delivered, seconds from the instant
 * to the last delivery, the duplicates (one Message-ID delivered more than once: each reminder's is
 * derived from its key) and how many starts came after the instant (no reminder is due for those).
 */
async function reminderStorm({
  temporal,
  db,
  dist,
  smtp,
  taskQueue,
  children,
  startRatePerSecond,
  log,
  input,
  slackMs = 20_000,
  settleMs = 5_000,
}) {
  // Long enough for every start to open its task before the instant, at the rate starts were measured.
  const windowMs = Math.ceil((children.length / Math.max(startRatePerSecond, 1)) * 1500) + slackMs;
  const instant = Date.now() + windowMs;
  log(
    `> storm: ${children.length} reminders due at ${new Date(instant).toISOString()} (${windowMs / 1000} s from now)`,
  );
  const { started } = await updateWithStarts(temporal, db, dist, {
    type: 'sgo-conversion',
    workflowType: 'sgoConversionWorkflow',
    taskQueue,
    children,
    concurrency: 32,
    input: (childId, processId) => input(childId, processId, policyFallingDueAt(dist.policy, instant)),
  });
  const late = started.filter((s) => s.startedAt > instant - LEAD_SECONDS * 1000).length;
  const ours = new Set(started.map((s) => s.processId));
  const reminders = () =>
    smtp.messages.filter((m) => m.subject.includes('Reminder:') && ours.has(m.headers.get('x-kinship-process')));
  const expected = started.length - late;
  const giveUpAt = instant + 300_000;
  let lastArrival = NaN;
  let seen = 0;
  while (Date.now() < giveUpAt) {
    const count = reminders().length;
    if (count !== seen) {
      seen = count;
      lastArrival = Date.now();
    }
    if (count >= expected && Date.now() > instant) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  // A little longer, so a duplicate sent after the last first delivery is still counted.
  await new Promise((r) => setTimeout(r, settleMs));
  const all = reminders();
  const unique = new Set(all.map((m) => m.messageId));
  // When the workflows had queued them all in the outbox: the rest of the time is the dispatcher's.
  const answer = await db.query(
    `SELECT extract(epoch FROM max(created_at)) * 1000 AS last FROM notifications
     WHERE kind = 'task-reminder' AND process_id = ANY($1::uuid[])`,
    [[...ours]],
  );
  return {
    expected,
    delivered: unique.size,
    duplicates: all.length - unique.size,
    late,
    secondsToLast: (lastArrival - instant) / 1000,
    // A pg Pool answers { rows }, the test stack's DataSource the rows themselves.
    secondsToLastQueued: (Number((answer.rows ?? answer)[0].last) - instant) / 1000,
  };
}

module.exports = { reminderStorm, policyFallingDueAt };
