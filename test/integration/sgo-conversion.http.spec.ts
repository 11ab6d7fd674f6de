import { STEPS_TO_SGO } from '../support/conversion';
import { keepHistory } from '../support/histories';
import { childBody } from '../support/http';
import { useTestStack } from '../support/stack';

/**
 * The conversion through HTTP with the real worker process, Temporal and PostgreSQL: the path to
 * an SGO and the refusals each role and rule must get.
 */
describe('SGO conversion over HTTP', () => {
  const stack = useTestStack('http');

  it('carries a case from start to an SGO, ending the care episode with E45', async () => {
    const childId = await stack.drive.createChild();
    const started = await stack.drive.startConversion(childId);
    expect(started).toMatchObject({ type: 'sgo-conversion', childId, status: 'active', stage: 'screening' });
    expect(started.openTasks.map((t) => t.kind)).toEqual(['screening']);

    const stagesSeen: string[] = [];
    for (const step of STEPS_TO_SGO) {
      const { task, process } = await stack.drive.complete(started.id, step);
      expect(task).toMatchObject({ kind: step.kind, status: 'completed', outcome: step.outcome });
      stagesSeen.push(process.stage);
    }
    expect(stagesSeen).toEqual([
      'carer-discussion',
      'sgo-panel',
      'care-plan-review',
      'notice-of-intention',
      'assessment-and-court-report',
      'assessment-and-court-report',
      'support-plan-and-financial-assessment',
      'support-plan-and-financial-assessment',
      'support-plan-and-financial-assessment',
      'support-plan-and-financial-assessment',
      'legal-planning',
      'court',
      'closed',
    ]);

    const done = await stack.api.http
      .get(`/processes/${started.id}`)
      .set(...stack.drive.auth('manager'))
      .expect(200);
    expect(done.body).toMatchObject({
      status: 'completed',
      outcome: 'sgo',
      category: 'moving-to-sgo-now',
      openTasks: [],
    });
    expect(done.body.data).toMatchObject({
      reasonEpisodeCeased: 'E45',
      orderDate: '2026-11-16',
      reportDueDate: '2026-09-01',
      weeklyAllowancePence: 18_532,
    });
    expect(done.body.closedAt).toEqual(expect.any(String));

    const listed = await stack.api.http
      .get(`/processes?childId=${childId}&type=sgo-conversion`)
      .set(...stack.drive.auth('manager'))
      .expect(200);
    expect(listed.body).toMatchObject({ total: 1, items: [{ id: started.id, status: 'completed' }] });

    const timeline = await stack.api.http
      .get(`/processes/${started.id}/timeline`)
      .set(...stack.drive.auth('manager'))
      .expect(200);
    const kinds = timeline.body.map((e: { kind: string }) => e.kind);
    expect(kinds[0]).toBe('process-started');
    expect(kinds.filter((k: string) => k === 'task-completed')).toHaveLength(STEPS_TO_SGO.length);
    expect(kinds.slice(-3)).toEqual(['care-episode-ended', 'allowance-review-started', 'process-closed']);
    const panel = timeline.body.find(
      (e: { outcome?: string; kind: string; stage: string }) => e.kind === 'task-completed' && e.stage === 'sgo-panel',
    );
    expect(panel).toMatchObject({
      actor: { sub: 'panelChair-1' },
      outcome: 'recommend',
      data: { panelDate: '2026-05-18' },
    });

    const [episode] = await stack.db.query(
      `SELECT reason_code, to_char(date_ceased, 'YYYY-MM-DD') AS dec FROM episodes_ceased WHERE process_id = $1`,
      [started.id],
    );
    expect(episode).toEqual({ reason_code: 'E45', dec: '2026-11-16' });
    const child = await stack.api.http
      .get(`/children/${childId}`)
      .set(...stack.drive.auth('manager'))
      .expect(200);
    expect(child.body).toMatchObject({
      lookedAfter: false,
      previouslyLookedAfter: true,
      processes: expect.arrayContaining([expect.objectContaining({ id: started.id, status: 'completed' })]),
    });

    // The guardian's allowance review has started, at the allowance the finance officer proposed.
    const reviews = await stack.api.http
      .get(`/processes?childId=${childId}&type=allowance-review`)
      .set(...stack.drive.auth('manager'))
      .expect(200);
    expect(reviews.body.items).toEqual([
      expect.objectContaining({
        status: 'active',
        stage: 'waiting-for-anniversary',
        data: expect.objectContaining({ weeklyAllowancePence: 18_532, orderDate: '2026-11-16' }),
      }),
    ]);

    await keepHistory(stack.temporal.client, `sgo-conversion/${childId}`, 'sgo-conversion-to-sgo');
  });

  it('refuses a social worker deciding the panel task with 403, and the task stays open', async () => {
    const childId = await stack.drive.createChild();
    const { id } = await stack.drive.startConversion(childId);
    await stack.drive.driveThrough(id, STEPS_TO_SGO.slice(0, 2));
    const panel = await stack.drive.openTask(id, 'panel-decision');
    const res = await stack.api.http
      .post(`/tasks/${panel.id}/complete`)
      .set(...stack.drive.auth('socialWorker'))
      .send({ outcome: 'recommend', data: { panelDate: '2026-11-16' } });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({
      statusCode: 403,
      error: 'Forbidden',
      message: expect.stringContaining('panel_chair'),
    });
    expect((await stack.drive.openTask(id, 'panel-decision')).status).toBe('open');
  });

  it('refuses the person who proposed the conversion deciding it at panel (separation of duties)', async () => {
    const childId = await stack.drive.createChild();
    const { id } = await stack.drive.startConversion(childId);
    await stack.drive.driveThrough(id, STEPS_TO_SGO.slice(0, 2));
    // The social worker who recorded the carers' agreement also sits as a panel chair.
    const dualRole = await stack.api.token('socialWorker-1', ['social_worker', 'panel_chair']);
    const panel = await stack.drive.openTask(id, 'panel-decision');
    const res = await stack.api.http
      .post(`/tasks/${panel.id}/complete`)
      .set('Authorization', `Bearer ${dualRole}`)
      .send({ outcome: 'recommend', data: { panelDate: '2026-11-16' } });
    expect(res.status).toBe(403);
    expect(res.body.message).toMatch(/someone else must decide/);
    expect((await stack.drive.openTask(id, 'panel-decision')).status).toBe('open');
  });

  it('answers 409 to a second conversion of the same child, and keeps the first', async () => {
    const childId = await stack.drive.createChild();
    const first = await stack.drive.startConversion(childId);
    const second = await stack.api.http
      .post('/processes/sgo-conversion')
      .set(...stack.drive.auth('manager'))
      .send({ childId });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
    const listed = await stack.api.http
      .get(`/processes?childId=${childId}`)
      .set(...stack.drive.auth('manager'))
      .expect(200);
    expect(listed.body.items.map((p: { id: string }) => p.id)).toEqual([first.id]);
  });

  it('answers 409 to completing a task that is already completed', async () => {
    const childId = await stack.drive.createChild();
    const { id, openTasks } = await stack.drive.startConversion(childId);
    await stack.drive.complete(id, STEPS_TO_SGO[0]);
    const again = await stack.api.http
      .post(`/tasks/${openTasks[0].id}/complete`)
      .set(...stack.drive.auth('socialWorker'))
      .send({ outcome: 'twin-tracked' });
    expect(again.status).toBe(409);
    const process = await stack.api.http
      .get(`/processes/${id}`)
      .set(...stack.drive.auth('manager'))
      .expect(200);
    expect(process.body).toMatchObject({ stage: 'carer-discussion', category: 'moving-to-sgo-now' });
  });

  it('answers 422 to a child who is not on a full care order, starting nothing', async () => {
    const childId = await stack.drive.createChild({ legalStatus: 'V2' });
    const res = await stack.api.http
      .post('/processes/sgo-conversion')
      .set(...stack.drive.auth('manager'))
      .send({ childId });
    expect(res.status).toBe(422);
    expect(res.body.message).toMatch(/full care order \(legal status C2\)/);
    const [{ count }] = await stack.db.query(`SELECT count(*)::int AS count FROM processes WHERE child_id = $1`, [
      childId,
    ]);
    expect(count).toBe(0);
  });

  it('answers 422 to an outcome the task does not allow, and to missing required data', async () => {
    const childId = await stack.drive.createChild();
    const { id } = await stack.drive.startConversion(childId);
    await stack.drive.complete(id, STEPS_TO_SGO[0]);
    const task = await stack.drive.openTask(id, 'carer-discussion');
    const wrongOutcome = await stack.api.http
      .post(`/tasks/${task.id}/complete`)
      .set(...stack.drive.auth('socialWorker'))
      .send({ outcome: 'approved', data: { discussionDate: '2026-11-02' } });
    expect(wrongOutcome.status).toBe(422);
    expect(wrongOutcome.body.message).toMatch(/allowed: carers-agree, more-work-needed, carers-decline/);
    const missing = await stack.api.http
      .post(`/tasks/${task.id}/complete`)
      .set(...stack.drive.auth('socialWorker'))
      .send({ outcome: 'carers-agree' });
    expect(missing.status).toBe(422);
    expect(missing.body.message).toMatch(/discussionDate/);
    expect((await stack.drive.openTask(id, 'carer-discussion')).status).toBe('open');
  });

  it('refuses an SGO for a young person who is 18 on the order date (SSDA903 rule 407) and keeps the court task open', async () => {
    // 18 on the order date, 16 November 2026 (an order cannot be dated after today).
    const childId = await stack.drive.createChild({ dateOfBirth: '2008-11-16' });
    const { id } = await stack.drive.startConversion(childId);
    await stack.drive.driveThrough(id, STEPS_TO_SGO.slice(0, -1));
    const court = await stack.drive.openTask(id, 'court-outcome');
    const res = await stack.api.http
      .post(`/tasks/${court.id}/complete`)
      .set(...stack.drive.auth('socialWorker'))
      .send({ outcome: 'sgo-made', data: { orderDate: '2026-11-16' } });
    expect(res.status).toBe(422);
    expect(res.body.message).toMatch(/rule 407/);
    const cao = await stack.drive.complete(id, {
      kind: 'court-outcome',
      as: 'socialWorker',
      outcome: 'cao-made',
      data: { orderDate: '2026-11-16' },
    });
    expect(cao.process).toMatchObject({ status: 'completed', outcome: 'cao', data: { reasonEpisodeCeased: 'E41' } });
  });

  it('withdraws a case part-way with a reason, cancelling its open task', async () => {
    const childId = await stack.drive.createChild();
    const { id } = await stack.drive.startConversion(childId);
    await stack.drive.driveThrough(id, STEPS_TO_SGO.slice(0, 3));
    const openTask = await stack.drive.openTask(id, 'care-plan-review');
    const res = await stack.api.http
      .post(`/processes/${id}/withdraw`)
      .set(...stack.drive.auth('manager'))
      .send({ reason: 'Carers moving abroad' })
      .expect(200);
    expect(res.body).toMatchObject({ status: 'withdrawn', stage: 'closed', openTasks: [] });
    const cancelled = await stack.api.http
      .get(`/tasks?processId=${id}&status=cancelled`)
      .set(...stack.drive.auth('manager'))
      .expect(200);
    expect(cancelled.body.items.map((t: { id: string }) => t.id)).toEqual([openTask.id]);
    const timeline = await stack.api.http
      .get(`/processes/${id}/timeline`)
      .set(...stack.drive.auth('manager'))
      .expect(200);
    expect(timeline.body.at(-1)).toMatchObject({
      kind: 'process-withdrawn',
      notes: 'Carers moving abroad',
      actor: { sub: 'manager-1' },
    });
    const again = await stack.api.http
      .post(`/processes/${id}/withdraw`)
      .set(...stack.drive.auth('manager'))
      .send({ reason: 'twice' });
    expect(again.status).toBe(409);
    // The child may now start a fresh conversion.
    await stack.drive.startConversion(childId);
    await keepHistory(
      stack.temporal.client,
      `sgo-conversion/${childId}`,
      'sgo-conversion-withdrawn-then-restarted-open',
    );
  });

  it('records a court hearing listed as an event on the timeline', async () => {
    const childId = await stack.drive.createChild();
    const { id } = await stack.drive.startConversion(childId);
    await stack.api.http
      .post(`/processes/${id}/events`)
      .set(...stack.drive.auth('socialWorker'))
      .send({ kind: 'court-hearing-listed', data: { hearingDate: '2027-01-20' } })
      .expect(202);
    const timeline = await stack.api.http
      .get(`/processes/${id}/timeline`)
      .set(...stack.drive.auth('manager'))
      .expect(200);
    expect(timeline.body.at(-1)).toMatchObject({
      kind: 'court-hearing-listed',
      actor: { sub: 'socialWorker-1' },
      data: { hearingDate: '2027-01-20' },
    });
  });

  it('refuses with 400 a child born after today, naming dateOfBirth and the rule, and creates nothing', async () => {
    const before = await stack.db.query(`SELECT count(*)::int AS count FROM children`);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const bad = await stack.api.http
      .post('/children')
      .set(...stack.drive.auth('socialWorker'))
      .send({ ...childBody(), dateOfBirth: tomorrow });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toEqual(
      expect.stringContaining(`dateOfBirth ${tomorrow} is in the future: a child cannot be born after today`),
    );
    expect(await stack.db.query(`SELECT count(*)::int AS count FROM children`)).toEqual(before);
  });

  it('answers 400 naming each bad field, 401 without a token and 403 for a role that may not act, changing nothing', async () => {
    const before = await stack.db.query(`SELECT count(*)::int AS count FROM children`);
    const bad = await stack.api.http
      .post('/children')
      .set(...stack.drive.auth('socialWorker'))
      .send({ ...childBody(), dateOfBirth: '04/05/2016', legalStatus: 'ZZ', carers: [{ carerRef: 'K1' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toEqual(expect.stringContaining('dateOfBirth'));
    expect(bad.body.message).toEqual(expect.stringContaining('legalStatus'));
    expect(bad.body.message).toEqual(expect.stringContaining('carers.0.firstName'));
    expect(await stack.db.query(`SELECT count(*)::int AS count FROM children`)).toEqual(before);

    expect((await stack.api.http.get('/processes')).status).toBe(401);
    expect((await stack.api.http.get('/processes').set('Authorization', 'Bearer not-a-token')).status).toBe(401);
    const childId = await stack.drive.createChild();
    const auditor = await stack.api.token('auditor-1', ['auditor']);
    expect(
      (
        await stack.api.http
          .post('/processes/sgo-conversion')
          .set('Authorization', `Bearer ${auditor}`)
          .send({ childId })
      ).status,
    ).toBe(403);
    expect(
      (
        await stack.api.http
          .post('/processes/sgo-conversion')
          .set(...stack.drive.auth('manager'))
          .send({ childId: 'nope' })
      ).status,
    ).toBe(400);
    expect(
      (
        await stack.api.http
          .post('/processes/not-a-process')
          .set(...stack.drive.auth('manager'))
          .send({ childId })
      ).status,
    ).toBe(400);
    expect(
      (await stack.api.http.get('/processes/8a1f8c0e-0000-4000-8000-000000000000').set(...stack.drive.auth('manager')))
        .status,
    ).toBe(404);
    expect(
      (
        await stack.api.http
          .post('/children')
          .set(...stack.drive.auth('socialWorker'))
          .set('Content-Type', 'application/json')
          .send('{"childRef":')
      ).status,
    ).toBe(400);
  });

  it('answers health, readiness and the OpenAPI document', async () => {
    await stack.api.http.get('/health').expect(200);
    expect((await stack.api.http.get('/health/ready').expect(200)).body).toMatchObject({
      postgres: 'up',
      temporal: 'up',
    });
    const docs = await stack.api.http.get('/docs-json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/processes/sgo-conversion', '/tasks/{id}/complete', '/auth/dev-token']),
    );
  });
});
