import { STEPS_TO_SGO, type Step } from '../support/conversion';
import { eventually } from '../support/eventually';
import { keepHistory } from '../support/histories';
import { useTestStack } from '../support/stack';

const step = (kind: string): Step => STEPS_TO_SGO.find((s) => s.kind === kind)!;
const upTo = (kind: string) =>
  STEPS_TO_SGO.slice(
    0,
    STEPS_TO_SGO.findIndex((s) => s.kind === kind),
  );
const today = () => new Date().toISOString().slice(0, 10);

/** Every branch of a conversion other than the straight path to an SGO. */
describe('SGO conversion branches', () => {
  const stack = useTestStack('branches');

  const get = async (id: string) =>
    (
      await stack.api.http
        .get(`/processes/${id}`)
        .set(...stack.drive.auth('manager'))
        .expect(200)
    ).body;
  const timelineKinds = async (id: string) =>
    (
      await stack.api.http
        .get(`/processes/${id}/timeline`)
        .set(...stack.drive.auth('manager'))
        .expect(200)
    ).body.map((e: { kind: string }) => e.kind);
  const episodeOf = async (id: string) =>
    stack.db.query(`SELECT reason_code FROM episodes_ceased WHERE process_id = $1`, [id]);

  it('brings a deferred case back to panel on the date set, then goes on when the panel recommends', async () => {
    const { id } = await stack.drive.startConversion(await stack.drive.createChild());
    await stack.drive.driveThrough(id, upTo('panel-decision'));
    const deferred = await stack.drive.complete(id, {
      kind: 'panel-decision',
      as: 'panelChair',
      outcome: 'defer',
      data: { panelDate: '2026-11-16', nextPanelDate: today() },
    });
    // Answered while the case waits for its next panel date; the panel task opens on that date.
    expect(deferred.process).toMatchObject({
      stage: 'sgo-panel',
      openTasks: [],
      dueDates: { 'next-panel': `${today()}T00:00:00.000Z` },
    });
    const reopened = await eventually(() => stack.drive.openTask(id, 'panel-decision'));
    expect(reopened.id).not.toBe(deferred.task.id);
    const recommended = await stack.drive.complete(id, step('panel-decision'));
    expect(recommended.process.stage).toBe('care-plan-review');
  });

  it('closes the case when the carers decline, with no care episode ended', async () => {
    const { id } = await stack.drive.startConversion(await stack.drive.createChild());
    await stack.drive.complete(id, step('screening'));
    const declined = await stack.drive.complete(id, {
      kind: 'carer-discussion',
      as: 'socialWorker',
      outcome: 'carers-decline',
      data: { discussionDate: '2026-11-02', barriers: ['money', 'losing-ssw-support'] },
    });
    expect(declined.process).toMatchObject({
      status: 'completed',
      outcome: 'carers-declined',
      data: { barriers: ['money', 'losing-ssw-support'], carersConsent: false },
    });
    expect(await episodeOf(id)).toEqual([]);
  });

  it('refuses barriers that are not on the list, naming the allowed ones', async () => {
    const { id } = await stack.drive.startConversion(await stack.drive.createChild());
    await stack.drive.complete(id, step('screening'));
    const task = await stack.drive.openTask(id, 'carer-discussion');
    const res = await stack.api.http
      .post(`/tasks/${task.id}/complete`)
      .set(...stack.drive.auth('socialWorker'))
      .send({ outcome: 'carers-agree', data: { discussionDate: '2026-11-02', barriers: ['weather'] } });
    expect(res.status).toBe(422);
    expect(res.body.message).toMatch(/weather.*allowed: losing-ssw-support, money/);
  });

  it('ends the case as refused when the court refuses, leaving the care episode open', async () => {
    const { id } = await stack.drive.startConversion(await stack.drive.createChild());
    await stack.drive.driveThrough(id, upTo('court-outcome'));
    const refused = await stack.drive.complete(id, { kind: 'court-outcome', as: 'socialWorker', outcome: 'refused' });
    expect(refused.process).toMatchObject({ status: 'completed', outcome: 'refused' });
    expect(await episodeOf(id)).toEqual([]);
  });

  it('ends the episode with E41 when the court makes a child arrangements order instead', async () => {
    const { id } = await stack.drive.startConversion(await stack.drive.createChild());
    await stack.drive.driveThrough(id, upTo('court-outcome'));
    const cao = await stack.drive.complete(id, {
      kind: 'court-outcome',
      as: 'socialWorker',
      outcome: 'cao-made',
      data: { orderDate: '2026-11-20' },
    });
    expect(cao.process).toMatchObject({ outcome: 'cao', data: { reasonEpisodeCeased: 'E41' } });
    expect(await episodeOf(id)).toEqual([{ reason_code: 'E41' }]);
  });

  it('a child arrangements order marks the child previously looked after, and no second conversion starts after it', async () => {
    const childId = await stack.drive.createChild();
    const { id } = await stack.drive.startConversion(childId);
    await stack.drive.driveThrough(id, upTo('court-outcome'));
    await stack.drive.complete(id, {
      kind: 'court-outcome',
      as: 'socialWorker',
      outcome: 'cao-made',
      data: { orderDate: today() },
    });
    const [child] = await stack.db.query(`SELECT looked_after, previously_looked_after FROM children WHERE id = $1`, [
      childId,
    ]);
    expect(child).toEqual({ looked_after: false, previously_looked_after: true });
    const second = await stack.api.http
      .post('/processes/sgo-conversion')
      .set(...stack.drive.auth('manager'))
      .send({ childId });
    expect(second.status).toBe(422);
    expect(second.body.message).toMatch(/no longer looked after/);
  });

  it('codes an SGO to relatives who were not the foster carers as E47', async () => {
    const { id } = await stack.drive.startConversion(await stack.drive.createChild());
    await stack.drive.driveThrough(id, upTo('court-outcome'));
    const sgo = await stack.drive.complete(id, {
      kind: 'court-outcome',
      as: 'socialWorker',
      outcome: 'sgo-made',
      data: { orderDate: '2026-11-20', orderToFormerFosterCarers: false },
    });
    expect(sgo.process.data.reasonEpisodeCeased).toBe('E47');
  });

  it('sends the report back to its author when the manager asks for changes, and refuses the author signing it off', async () => {
    const { id } = await stack.drive.startConversion(await stack.drive.createChild());
    await stack.drive.driveThrough(id, upTo('court-report-sign-off'));
    const signOff = await stack.drive.openTask(id, 'court-report-sign-off');
    const authorAsManager = await stack.api.token('socialWorker-1', ['social_worker', 'manager']);
    const selfApproval = await stack.api.http
      .post(`/tasks/${signOff.id}/complete`)
      .set('Authorization', `Bearer ${authorAsManager}`)
      .send({ outcome: 'approved' });
    expect(selfApproval.status).toBe(403);
    const back = await stack.drive.complete(id, {
      kind: 'court-report-sign-off',
      as: 'manager',
      outcome: 'changes-needed',
    });
    expect(back.process.openTasks.map((t: { kind: string }) => t.kind)).toEqual(['court-report']);
  });

  it('needs a manager other than its author to approve the support plan, and sends it back on changes-needed', async () => {
    const { id } = await stack.drive.startConversion(await stack.drive.createChild());
    await stack.drive.driveThrough(id, upTo('support-plan-approval'));
    const approval = await stack.drive.openTask(id, 'support-plan-approval');
    const authorAsManager = await stack.api.token('socialWorker-1', ['social_worker', 'manager']);
    const selfApproval = await stack.api.http
      .post(`/tasks/${approval.id}/complete`)
      .set('Authorization', `Bearer ${authorAsManager}`)
      .send({ outcome: 'approved' });
    expect(selfApproval.status).toBe(403);
    expect((await stack.drive.openTask(id, 'support-plan-approval')).status).toBe('open');
    const back = await stack.drive.complete(id, {
      kind: 'support-plan-approval',
      as: 'manager',
      outcome: 'changes-needed',
    });
    expect(back.process.openTasks.map((t: { kind: string }) => t.kind)).toEqual(['support-plan']);
  });

  it('needs a second officer to approve a proposed allowance: the proposer is refused, another finance officer may', async () => {
    const { id } = await stack.drive.startConversion(await stack.drive.createChild());
    await stack.drive.driveThrough(id, upTo('allowance-approval'));
    const approval = await stack.drive.openTask(id, 'allowance-approval');
    const proposer = await stack.api.http
      .post(`/tasks/${approval.id}/complete`)
      .set(...stack.drive.auth('financeOfficer'))
      .send({ outcome: 'approved' });
    expect(proposer.status).toBe(403);
    const secondOfficer = await stack.api.token('finance-2', ['finance_officer']);
    const approved = await stack.api.http
      .post(`/tasks/${approval.id}/complete`)
      .set('Authorization', `Bearer ${secondOfficer}`)
      .send({ outcome: 'approved' })
      .expect(200);
    expect(approved.body.process.openTasks.map((t: { kind: string }) => t.kind)).toEqual(['legal-planning']);
    expect(approved.body.process.data.weeklyAllowancePence).toBe(18_532);
  });

  it('pauses a case with a reason, refusing its tasks with 409 until a manager resumes it', async () => {
    const { id } = await stack.drive.startConversion(await stack.drive.createChild());
    const paused = await stack.api.http
      .post(`/processes/${id}/pause`)
      .set(...stack.drive.auth('manager'))
      .send({ reason: 'Carer in hospital' })
      .expect(200);
    expect(paused.body.status).toBe('paused');
    const task = await stack.drive.openTask(id, 'screening');
    const whilePaused = await stack.api.http
      .post(`/tasks/${task.id}/complete`)
      .set(...stack.drive.auth('socialWorker'))
      .send({ outcome: 'moving-to-sgo-now' });
    expect(whilePaused.status).toBe(409);
    expect(whilePaused.body.message).toMatch(/paused/);
    expect(
      (
        await stack.api.http
          .post(`/processes/${id}/pause`)
          .set(...stack.drive.auth('manager'))
          .send({ reason: 'again' })
      ).status,
    ).toBe(409);
    expect(
      (
        await stack.api.http
          .post(`/processes/${id}/pause`)
          .set(...stack.drive.auth('socialWorker'))
          .send({ reason: 'mine' })
      ).status,
    ).toBe(403);

    const resumed = await stack.api.http
      .post(`/processes/${id}/resume`)
      .set(...stack.drive.auth('manager'))
      .send({ reason: 'Carer home' })
      .expect(200);
    expect(resumed.body.status).toBe('active');
    expect((await stack.drive.complete(id, step('screening'))).process.stage).toBe('carer-discussion');
    expect(await timelineKinds(id)).toEqual(expect.arrayContaining(['process-paused', 'process-resumed']));
    await keepHistory(
      stack.temporal.client,
      `sgo-conversion/${(await get(id)).childId}`,
      'sgo-conversion-paused-resumed',
    );
  });

  it('moves open social-work tasks, and the ones after, to the social worker a manager reassigns the case to', async () => {
    const { id } = await stack.drive.startConversion(await stack.drive.createChild());
    const reassigned = await stack.api.http
      .post(`/processes/${id}/reassign`)
      .set(...stack.drive.auth('manager'))
      .send({ socialWorker: { sub: 'sw-robin', name: 'Robin' } })
      .expect(200);
    expect(reassigned.body.openTasks[0].assignee).toEqual({ sub: 'sw-robin', name: 'Robin' });
    const robin = await stack.api.token('sw-robin', ['social_worker'], 'robin@council.example');
    const inbox = await stack.api.http.get('/tasks?assignee=me').set('Authorization', `Bearer ${robin}`).expect(200);
    expect(inbox.body.items.map((t: { processId: string }) => t.processId)).toContain(id);
    const next = await stack.drive.complete(id, step('screening'));
    expect(next.process.openTasks[0]).toMatchObject({ kind: 'carer-discussion', assignee: { sub: 'sw-robin' } });
    await keepHistory(stack.temporal.client, `sgo-conversion/${(await get(id)).childId}`, 'sgo-conversion-reassigned');
  });

  it('runs a case in care proceedings against the 26-week limit, skipping notice and application, moved by extensions of at most 8 weeks', async () => {
    const { id } = await stack.drive.startConversion(await stack.drive.createChild());
    const screened = await stack.drive.complete(id, {
      kind: 'screening',
      as: 'socialWorker',
      outcome: 'in-proceedings',
      data: { proceedingsIssueDate: '2026-10-01' },
    });
    expect(screened.process).toMatchObject({
      category: 'in-proceedings',
      stage: 'carer-discussion',
      data: { proceedingsDeadline: '2027-04-01' },
    });
    // The limit names a day: it passes when 1 April ends.
    expect(screened.process.dueDates['proceedings-deadline']).toBe('2027-04-02T00:00:00.000Z');

    const extend = (weeks: unknown) =>
      stack.api.http
        .post(`/processes/${id}/events`)
        .set(...stack.drive.auth('socialWorker'))
        .send({ kind: 'proceedings-extended', data: { weeks } });
    expect((await extend(9)).status).toBe(422);
    expect((await extend(9)).body.message).toMatch(/1 to 8 weeks/);
    await extend(8).expect(202);
    expect((await get(id)).data.proceedingsDeadline).toBe('2027-05-27');

    await stack.drive.driveThrough(id, [step('carer-discussion'), step('panel-decision'), step('care-plan-review')]);
    const report = await stack.drive.openTask(id, 'court-report');
    expect((report as unknown as { dueAt: string }).dueAt).toBe('2027-05-28T00:00:00.000Z');
    await stack.drive.driveThrough(id, [
      step('court-report'),
      step('court-report-sign-off'),
      step('support-plan'),
      step('support-plan-approval'),
      step('financial-assessment'),
      step('allowance-approval'),
    ]);
    const atCourt = await get(id);
    expect(atCourt.openTasks.map((t: { kind: string }) => t.kind)).toEqual(['court-outcome']);
    await stack.drive.complete(id, step('court-outcome'));
    const kinds = await timelineKinds(id);
    expect(kinds).not.toContain('notice-of-intention');
    const opened = (
      await stack.api.http
        .get(`/tasks?processId=${id}&status=completed`)
        .set(...stack.drive.auth('manager'))
        .expect(200)
    ).body.items.map((t: { kind: string }) => t.kind);
    expect(opened).not.toEqual(expect.arrayContaining(['notice-of-intention']));
    expect(opened).not.toEqual(expect.arrayContaining(['legal-planning']));
    await keepHistory(
      stack.temporal.client,
      `sgo-conversion/${atCourt.childId}`,
      'sgo-conversion-in-proceedings-extended',
    );
  });

  it('refuses events the process does not record, and events missing their facts', async () => {
    const { id } = await stack.drive.startConversion(await stack.drive.createChild());
    const send = (body: object) =>
      stack.api.http
        .post(`/processes/${id}/events`)
        .set(...stack.drive.auth('socialWorker'))
        .send(body);
    expect((await send({ kind: 'party-held' })).status).toBe(422);
    expect((await send({ kind: 'court-hearing-listed', data: {} })).status).toBe(422);
    const extendOutsideProceedings = await send({ kind: 'proceedings-extended', data: { weeks: 2 } });
    expect(extendOutsideProceedings.status).toBe(422);
    expect(extendOutsideProceedings.body.message).toMatch(/Only a case in care proceedings/);
    await send({ kind: 'case-note', data: { text: 'Grandmother asked about training' } }).expect(202);
  });
});
