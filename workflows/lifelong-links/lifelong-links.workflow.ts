import { condition, patched, sleep } from '@temporalio/workflow';
import {
  Role,
  SYSTEM_ACTOR,
  addIsoDuration,
  comingOfAge,
  dateToInstant,
  lifelongLinksTasks,
  type LifelongLinksFacts,
  type ProcessStart,
  type ProcessSummary,
} from '../../libs/domain/src';
import { msUntil, workflowNow } from '../shared/clock';
import { records } from '../shared/activities';
import { ProcessRuntime } from '../shared/process-runtime';
import { acceptLinksEvents, type Search } from './links-events';

export type LifelongLinksInput = ProcessStart<LifelongLinksFacts>;

/**
 * A Lifelong Links search the young person leads (domain.md §4.2): referral, consent before any
 * search, direct work and search with a safety decision per person found (decided in parallel),
 * contact, the family group conference and its plan, the care-plan link, and a review conference.
 * The young person may withdraw at any time; at 18 the case moves to the personal adviser.
 */
export async function lifelongLinksWorkflow(input: LifelongLinksInput): Promise<ProcessSummary> {
  const rt = new ProcessRuntime('lifelong-links', input, 'referral');
  input = rt.input;
  const policy = input.policy.lifelongLinks;
  const tasks = policy.tasks;
  const adulthoodAt = adulthoodOf(input.facts.dateOfBirth, policy.adulthood);
  const search: Search = { started: false, adult: adulthoodAt <= workflowNow(), decisions: new Map(), pending: [] };
  rt.data.adult = search.adult;
  acceptLinksEvents(rt, search);

  return rt.run(async () => {
    watchAdulthood(rt, search, adulthoodAt);

    const referral = await rt.awaitTask(lifelongLinksTasks.referralDecision(), tasks['referral-decision']);
    if (referral.outcome === 'declined') return rt.close('completed', 'referral-declined');

    const consent = await rt.awaitTask(lifelongLinksTasks.consent(search.adult), tasks.consent);
    // Who recorded it is the event's actor (a sub, named from the staff directory): no name here.
    const source = patched('no-staff-names-in-workflows')
      ? 'Source: the young person'
      : `Source: the young person (recorded by ${consent.actor.name})`;
    rt.event(consent.actor, 'young-person-choice-recorded', {
      notes: source,
      data: { choice: consent.outcome },
    });
    if (consent.outcome === 'consent-refused') return rt.close('completed', 'consent-refused');
    search.started = true;

    const searching = rt.awaitTask(lifelongLinksTasks.search(), tasks.search);
    // Each connection found gets its own safety decision, open alongside the others.
    const decisions: Promise<void>[] = [];
    let finished = false;
    void searching.then(
      () => (finished = true),
      () => (finished = true),
    );
    while (!finished) {
      await condition(() => finished || search.pending.length > 0);
      for (const connection of search.pending.splice(0)) {
        const decided = decideSafety(rt, search, connection);
        // Awaited below; until then a withdrawal's rejection must not count as unhandled.
        decided.catch(() => undefined);
        decisions.push(decided);
      }
    }
    await searching;
    await Promise.all(decisions);

    const conference = await rt.awaitTask(lifelongLinksTasks.conference(), tasks['family-group-conference']);
    rt.data.conference = conference.data;
    await rt.awaitTask(lifelongLinksTasks.carePlanLink(search.adult), tasks['care-plan-link']);
    await rt.waitUntil(
      addIsoDuration(workflowNow(), policy.reviewConferenceAfter),
      () => false,
      'review-conference-offered',
    );
    const review = await rt.awaitTask(lifelongLinksTasks.reviewConference(), tasks['review-conference']);
    await rt.close('completed', review.outcome);
  });
}

async function decideSafety(
  rt: ProcessRuntime<LifelongLinksInput>,
  search: Search,
  connection: { id: string; ref: string },
): Promise<void> {
  const decision = await rt.awaitTask(
    lifelongLinksTasks.safetyDecision(connection.ref, search.adult),
    rt.input.policy.lifelongLinks.tasks['safety-decision'],
    { dueKey: `safety-decision/${connection.ref}` },
  );
  search.decisions.set(connection.id, decision.outcome);
  await records.recordSafetyDecision({ connectionId: connection.id, decision: decision.outcome });
  // The main flow is waiting on the search, not on this task: answer the person who decided.
  await rt.settle();
  rt.data.safetyDecisions = Object.fromEntries(search.decisions);
}

/** At 18 the case moves to the personal adviser: open social-work tasks, and those after, are theirs. */
function watchAdulthood(rt: ProcessRuntime, search: Search, adulthoodAt: Date): void {
  if (search.adult) return;
  // Withdrawing the case before the birthday cancels this timer; closing it leaves the timer be.
  rt.background(
    async () => {
      await sleep(msUntil(adulthoodAt));
      search.adult = true;
      rt.data.adult = true;
      rt.reassignRole(Role.SocialWorker, Role.PersonalAdviser);
      rt.event(SYSTEM_ACTOR, 'moved-to-personal-adviser', {
        notes: 'The young person is 18: the case moves to their personal adviser',
      });
      await rt.project();
    },
    { ownScope: false },
  );
}

/**
 * When the young person comes of age. In whole years (P18Y) it is the birthday as ageOn counts it,
 * so a 29 February birthday is 1 March in a common year; cases that began before this counted the
 * duration on the calendar (28 February). Tests' shortened durations are added as they are.
 */
function adulthoodOf(dateOfBirth: string, adulthood: string): Date {
  if (patched(BIRTHDAYS_AS_AGE_ON)) return comingOfAge(dateOfBirth, adulthood);
  return addIsoDuration(dateToInstant(dateOfBirth), adulthood);
}

/** Patch: the 18th birthday in Lifelong Links is the one ageOn gives (29 February → 1 March). */
export const BIRTHDAYS_AS_AGE_ON = 'birthdays-as-age-on';
