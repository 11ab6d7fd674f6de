import { eventually } from '../support/eventually';
import { childBody } from '../support/http';
import { keepHistory } from '../support/histories';
import { useTestStack } from '../support/stack';

const secondsSinceMidnight = () => {
  const now = new Date();
  return now.getUTCHours() * 3600 + now.getUTCMinutes() * 60 + now.getUTCSeconds();
};

/** The real worker and API with a policy of their own, and a Lifelong Links coordinator's token. */
const useLinksStack = (name: string, policy: () => object) =>
  useTestStack(name, {
    policy,
    with: async (s) => ({ coordinator: await s.api.token('llc-1', ['ll_coordinator']) }),
  });

type Stack = ReturnType<typeof useLinksStack>;

/** Drives a search to the point where people can be recorded: referral accepted, consent given. */
async function searching(s: Stack, overrides: Record<string, unknown> = {}): Promise<string> {
  const child = await s.api.http
    .post('/children')
    .set(...s.drive.auth('socialWorker'))
    .send(childBody(overrides))
    .expect(201);
  const { id } = (
    await s.api.http
      .post('/processes/lifelong-links')
      .set(...s.drive.auth('socialWorker'))
      .send({ childId: child.body.id })
      .expect(201)
  ).body;
  await complete(s, id, 'referral-decision', s.coordinator, 'accepted').then((r) => expect(r.status).toBe(200));
  await complete(s, id, 'consent', s.coordinator, 'consent-given', {
    parentalResponsibilityHolder: 'Kirklees Council (care order)',
  }).then((r) => expect(r.status).toBe(200));
  return id;
}

async function complete(
  s: Stack,
  processId: string,
  kind: string,
  token: string,
  outcome: string,
  data?: object,
  taskId?: string,
) {
  const id = taskId ?? (await s.drive.openTask(processId, kind)).id;
  return s.api.http.post(`/tasks/${id}/complete`).set('Authorization', `Bearer ${token}`).send({ outcome, data });
}

const addConnection = (s: Stack, processId: string, name: string) =>
  s.api.http
    .post(`/processes/${processId}/connections`)
    .set('Authorization', `Bearer ${s.coordinator}`)
    .send({ name, relationship: 'aunt', howFound: 'named by the young person' });

const safetyTasks = async (s: Stack, processId: string) =>
  (
    await s.api.http
      .get(`/tasks?processId=${processId}`)
      .set(...s.drive.auth('manager'))
      .expect(200)
  ).body.items.filter((t: { kind: string }) => t.kind === 'safety-decision');

describe('Lifelong Links', () => {
  const s = useLinksStack('links', () => ({ lifelongLinks: { reviewConferenceAfter: 'PT2S' } }));

  it('records the people the young person wants to find, with the young person as the source', async () => {
    const id = await searching(s);
    const named = await s.api.http
      .post(`/processes/${id}/people-to-find`)
      .set('Authorization', `Bearer ${s.coordinator}`)
      .send({ name: 'my big brother Sam', relationship: 'brother' })
      .expect(201);
    expect(named.body).toMatchObject({ name: 'my big brother Sam', source: 'young person' });
    const listed = await s.api.http
      .get(`/processes/${id}/people-to-find`)
      .set(...s.drive.auth('manager'))
      .expect(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({ name: 'my big brother Sam', source: 'young person', recordedBy: 'llc-1' }),
    ]);
    const timeline = (
      await s.api.http
        .get(`/processes/${id}/timeline`)
        .set(...s.drive.auth('manager'))
        .expect(200)
    ).body;
    expect(timeline.at(-1)).toMatchObject({
      kind: 'person-to-find-named',
      notes: 'Source: the young person (recorded by Test llc-1)',
      actor: { sub: 'llc-1' },
    });
    expect(JSON.stringify(timeline)).not.toContain('big brother');
  });

  it('records no one before consent: a connection is refused with 422 and not kept', async () => {
    const child = await s.api.http
      .post('/children')
      .set(...s.drive.auth('socialWorker'))
      .send(childBody())
      .expect(201);
    const { id } = (
      await s.api.http
        .post('/processes/lifelong-links')
        .set(...s.drive.auth('socialWorker'))
        .send({ childId: child.body.id })
        .expect(201)
    ).body;
    const early = await addConnection(s, id, 'Uncle Joe');
    expect(early.status).toBe(422);
    expect(early.body.message).toMatch(/after consent/);
    expect(await s.db.query(`SELECT id FROM ll_connections WHERE process_id = $1`, [id])).toEqual([]);
  });

  it('ends at once when the young person withdraws part-way through the search, cancelling every open task', async () => {
    const id = await searching(s);
    await addConnection(s, id, 'Aunt Maya').expect(201);
    await addConnection(s, id, 'Cousin Ella').expect(201);
    await eventually(async () => expect(await safetyTasks(s, id)).toHaveLength(2));
    await s.api.http
      .post(`/processes/${id}/events`)
      .set('Authorization', `Bearer ${s.coordinator}`)
      .send({ kind: 'consent-withdrawn', data: { reason: 'I want to stop for now' } })
      .expect(202);
    const ended = (
      await s.api.http
        .get(`/processes/${id}`)
        .set(...s.drive.auth('manager'))
        .expect(200)
    ).body;
    expect(ended).toMatchObject({ status: 'withdrawn', outcome: 'consent-withdrawn', openTasks: [] });
    const cancelled = (
      await s.api.http
        .get(`/tasks?processId=${id}&status=cancelled`)
        .set(...s.drive.auth('manager'))
        .expect(200)
    ).body.items;
    expect(cancelled.map((t: { kind: string }) => t.kind).sort()).toEqual([
      'safety-decision',
      'safety-decision',
      'search',
    ]);
    const timeline = (
      await s.api.http
        .get(`/processes/${id}/timeline`)
        .set(...s.drive.auth('manager'))
        .expect(200)
    ).body;
    expect(timeline.at(-1)).toMatchObject({
      kind: 'process-withdrawn',
      notes: 'The young person withdrew: I want to stop for now',
      actor: { sub: 'llc-1' },
    });
    expect(timeline.map((e: { kind: string }) => e.kind)).toContain('young-person-choice-recorded');
    await keepHistory(s.temporal.client, `lifelong-links/${ended.childId}`, 'lifelong-links-withdrawn-mid-search');
  });

  it('refuses contact before a "safe" decision, and after a "not safe" one; allows it once safe', async () => {
    const id = await searching(s);
    const risky = (await addConnection(s, id, 'Birth father').expect(201)).body;
    const safe = (await addConnection(s, id, 'Grandmother').expect(201)).body;
    const contact = (connectionId: string) =>
      s.api.http
        .post(`/processes/${id}/connections/${connectionId}/contact`)
        .set('Authorization', `Bearer ${s.coordinator}`)
        .send({ outcome: 'willing' });
    const undecided = await contact(risky.id);
    expect(undecided.status).toBe(422);
    expect(undecided.body.message).toMatch(/no safety decision yet/);

    await eventually(async () => expect(await safetyTasks(s, id)).toHaveLength(2));
    const [riskyTask, safeTask] = (await safetyTasks(s, id)).sort((a: { title: string }, b: { title: string }) =>
      a.title.localeCompare(b.title),
    );
    expect((await complete(s, id, 'safety-decision', s.coordinator, 'not-safe', undefined, riskyTask.id)).status).toBe(
      200,
    );
    expect((await contact(risky.id)).status).toBe(422);
    expect(
      (await complete(s, id, 'safety-decision', s.coordinator, 'safe-to-contact', undefined, safeTask.id)).status,
    ).toBe(200);
    const made = await contact(safe.id).expect(200);
    expect(made.body).toMatchObject({ safetyDecision: 'safe-to-contact', contactOutcome: 'willing' });
  });

  it('opens a safety decision for each person found, decided in parallel in any order', async () => {
    const id = await searching(s);
    for (const name of ['Aunt A', 'Aunt B', 'Aunt C']) await addConnection(s, id, name).expect(201);
    await eventually(async () => expect(await safetyTasks(s, id)).toHaveLength(3));
    const open = await safetyTasks(s, id);
    for (const [i, task] of [...open].reverse().entries()) {
      expect(
        (
          await complete(
            s,
            id,
            'safety-decision',
            s.coordinator,
            i === 1 ? 'more-information-needed' : 'safe-to-contact',
            undefined,
            task.id,
          )
        ).status,
      ).toBe(200);
    }
    await eventually(async () => {
      const rows: { safety_decision: string }[] = await s.db.query(
        `SELECT safety_decision FROM ll_connections WHERE process_id = $1`,
        [id],
      );
      expect(rows.map((r) => r.safety_decision).sort()).toEqual([
        'more-information-needed',
        'safe-to-contact',
        'safe-to-contact',
      ]);
    });
    expect(await safetyTasks(s, id)).toEqual([]);
  });

  it('holds the family group conference with a plan, links it into the care plan, and offers the review conference', async () => {
    const id = await searching(s);
    expect((await complete(s, id, 'search', s.coordinator, 'search-finished')).status).toBe(200);
    const fgc = await complete(s, id, 'family-group-conference', s.coordinator, 'plan-agreed', {
      conferenceDate: '2026-11-20',
      attendees: ['young person', 'Aunt Maya', 'social worker'],
      planActions: ['monthly calls: Aunt Maya', 'life story book: social worker'],
    });
    expect(fgc.status).toBe(200);
    expect(
      (
        await complete(s, id, 'care-plan-link', s.drive.tokens.socialWorker, 'plan-linked', {
          planReference: 'CP-2026-114',
        })
      ).status,
    ).toBe(200);
    await eventually(() => s.drive.openTask(id, 'review-conference'));
    const review = await complete(s, id, 'review-conference', s.coordinator, 'review-held');
    expect(review.body.process).toMatchObject({
      status: 'completed',
      outcome: 'review-held',
      data: { conference: { planActions: ['monthly calls: Aunt Maya', 'life story book: social worker'] } },
    });
    await keepHistory(
      s.temporal.client,
      `lifelong-links/${review.body.process.childId}`,
      'lifelong-links-conference-and-review',
    );
  });
});

describe('Lifelong Links: turning 18 mid-search', () => {
  // Adulthood shortened so a child born today turns "18" a few seconds into the test.
  const s = useLinksStack('links-18', () => ({ lifelongLinks: { adulthood: `PT${secondsSinceMidnight() + 40}S` } }));

  it('moves the case to the personal adviser: open social-work steps become theirs', async () => {
    const id = await searching(s, { dateOfBirth: new Date().toISOString().slice(0, 10) });
    await addConnection(s, id, 'Aunt Maya').expect(201);
    const [before] = await eventually(async () => {
      const tasks = await safetyTasks(s, id);
      expect(tasks).toHaveLength(1);
      return tasks;
    });
    expect(before.candidateRoles).toEqual(['ll_coordinator', 'social_worker']);
    const after = await eventually(async () => {
      const [task] = await safetyTasks(s, id);
      expect(task.candidateRoles).toEqual(['ll_coordinator', 'personal_adviser']);
      return task;
    }, 60_000);
    const socialWorker = await complete(
      s,
      id,
      'safety-decision',
      s.drive.tokens.socialWorker,
      'safe-to-contact',
      undefined,
      after.id,
    );
    expect(socialWorker.status).toBe(403);
    const adviser = await s.api.token('pa-1', ['personal_adviser']);
    expect((await complete(s, id, 'safety-decision', adviser, 'safe-to-contact', undefined, after.id)).status).toBe(
      200,
    );
  });
});
