import { childBody } from '../support/http';
import { STEPS_TO_SGO } from '../support/conversion';
import { useTestStack } from '../support/stack';

const upTo = (kind: string) =>
  STEPS_TO_SGO.slice(
    0,
    STEPS_TO_SGO.findIndex((s) => s.kind === kind),
  );

/** Caseload scoping (who sees which child), per-action event roles, and claims decided in the workflow. */
describe('Caseload scoping and per-action roles', () => {
  const stack = useTestStack('caseload', {
    with: async (s) => ({
      swB: await s.api.token('sw-b', ['social_worker'], undefined, 'team-b'),
      managerB: await s.api.token('mgr-b', ['manager'], undefined, 'team-b'),
      auditor: await s.api.token('aud-1', ['auditor'], undefined, null),
      panelElsewhere: await s.api.token('panel-x', ['panel_member'], undefined, 'panel-office'),
      noTeam: await s.api.token('sw-none', ['social_worker'], undefined, null),
    }),
  });
  const bearer = (token: string): [string, string] => ['Authorization', `Bearer ${token}`];

  /** A child of team B with a conversion at screening. */
  async function teamBCase() {
    const child = await stack.api.http
      .post('/children')
      .set(...bearer(stack.swB))
      .send(childBody())
      .expect(201);
    expect(child.body.team).toBe('team-b');
    const started = await stack.api.http
      .post('/processes/sgo-conversion')
      .set(...bearer(stack.managerB))
      .send({ childId: child.body.id })
      .expect(201);
    return {
      childId: child.body.id as string,
      processId: started.body.id as string,
      taskId: started.body.openTasks[0].id as string,
    };
  }

  it("answers 404 on every route a team A social worker takes to team B's child, and leaves it out of every list", async () => {
    const { childId, processId, taskId } = await teamBCase();
    const swA = stack.drive.auth('socialWorker');
    const managerA = stack.drive.auth('manager');
    const http = stack.api.http;
    for (const path of [
      `/children/${childId}`,
      `/processes/${processId}`,
      `/processes/${processId}/timeline`,
      `/processes/${processId}/documents`,
      `/processes/${processId}/connections`,
      `/processes/${processId}/people-to-find`,
      `/notifications?processId=${processId}`,
    ]) {
      const res = await http.get(path).set(...swA);
      expect([path, res.status]).toEqual([path, 404]);
    }
    const posts: [string, object, [string, string]][] = [
      [`/tasks/${taskId}/claim`, {}, swA],
      [`/tasks/${taskId}/complete`, { outcome: 'moving-to-sgo-now' }, swA],
      [`/processes/${processId}/events`, { kind: 'case-note', data: { text: 'hello' } }, swA],
      [`/processes/${processId}/withdraw`, { reason: 'not ours' }, managerA],
      [`/processes/${processId}/pause`, { reason: 'not ours' }, managerA],
      [`/children/${childId}/restriction`, { restricted: true, staff: [] }, managerA],
    ];
    for (const [path, body, who] of posts) {
      const res = await http
        .post(path)
        .set(...who)
        .send(body);
      expect([path, res.status]).toEqual([path, 404]);
    }
    // A bulk start refuses the other team's child as unknown.
    const batch = await http
      .post('/processes/sgo-conversion/batch')
      .set(...managerA)
      .send({ childIds: [childId] })
      .expect(200);
    expect(batch.body.refused).toEqual([expect.objectContaining({ childId, statusCode: 404 })]);
    expect(batch.body.refused[0]).not.toHaveProperty('child'); // never named: not theirs to see
    // Lists and dashboards count only the caller's caseload.
    const processes = (
      await http
        .get('/processes?type=sgo-conversion&pageSize=200')
        .set(...swA)
        .expect(200)
    ).body;
    expect(processes.items.map((p: { id: string }) => p.id)).not.toContain(processId);
    const tasks = (
      await http
        .get('/tasks')
        .set(...swA)
        .expect(200)
    ).body;
    expect(tasks.items.map((t: { id: string }) => t.id)).not.toContain(taskId);
    const notes = (
      await http
        .get('/notifications')
        .set(...swA)
        .expect(200)
    ).body;
    expect(notes.items.map((n: { processId: string }) => n.processId)).not.toContain(processId);
    const dashA = (
      await http
        .get('/dashboard/conversions')
        .set(...managerA)
        .expect(200)
    ).body;
    const dashB = (
      await http
        .get('/dashboard/conversions')
        .set(...bearer(stack.managerB))
        .expect(200)
    ).body;
    const dashAll = (
      await http
        .get('/dashboard/conversions')
        .set(...bearer(stack.auditor))
        .expect(200)
    ).body;
    expect(dashB.open).toBeGreaterThanOrEqual(1);
    // The auditor counts every caseload: A's and B's (disjoint), plus other specs' teams in this database.
    expect(dashAll.open).toBeGreaterThanOrEqual(dashA.open + dashB.open);
    // A token without a team sees nothing team-owned.
    await http
      .get(`/children/${childId}`)
      .set(...bearer(stack.noTeam))
      .expect(404);
    // Nothing changed: the process is still at screening, its task open and unclaimed.
    const still = (
      await http
        .get(`/processes/${processId}`)
        .set(...bearer(stack.managerB))
        .expect(200)
    ).body;
    expect(still).toMatchObject({ status: 'active', stage: 'screening' });
    expect(still.openTasks[0].assignee ?? null).toBeNull();
  });

  it("lets an auditor read every team's records and refuses every write with 403", async () => {
    const { childId, processId, taskId } = await teamBCase();
    const auditor = bearer(stack.auditor);
    await stack.api.http
      .get(`/children/${childId}`)
      .set(...auditor)
      .expect(200);
    await stack.api.http
      .get(`/processes/${processId}/timeline`)
      .set(...auditor)
      .expect(200);
    const writes: [string, object][] = [
      ['/children', childBody()],
      [`/processes/sgo-conversion`, { childId }],
      [`/tasks/${taskId}/claim`, {}],
      [`/tasks/${taskId}/complete`, { outcome: 'moving-to-sgo-now' }],
      [`/processes/${processId}/events`, { kind: 'case-note', data: { text: 'x' } }],
      [`/processes/${processId}/withdraw`, { reason: 'x' }],
      [`/children/${childId}/restriction`, { restricted: true }],
      [`/children/${childId}/team`, { team: 'team-c' }],
    ];
    for (const [path, body] of writes) {
      const res = await stack.api.http
        .post(path)
        .set(...auditor)
        .send(body);
      expect([path, res.status]).toEqual([path, 403]);
    }
  });

  it('shows a restricted record only to the staff named on it and the managers of its team', async () => {
    const { childId } = await teamBCase();
    const colleague = await stack.api.token('sw-b2', ['social_worker'], undefined, 'team-b');
    await stack.api.http
      .post(`/children/${childId}/restriction`)
      .set(...bearer(stack.managerB))
      .send({ restricted: true, staff: ['sw-b'] })
      .expect(200);
    await stack.api.http
      .get(`/children/${childId}`)
      .set(...bearer(stack.swB))
      .expect(200);
    await stack.api.http
      .get(`/children/${childId}`)
      .set(...bearer(stack.managerB))
      .expect(200);
    await stack.api.http
      .get(`/children/${childId}`)
      .set(...bearer(colleague))
      .expect(404);
    const list = (
      await stack.api.http
        .get(`/processes?childId=${childId}`)
        .set(...bearer(colleague))
        .expect(200)
    ).body;
    expect(list.total).toBe(0);
  });

  it('lets a panel member of another team see a case once it has come to panel, not before', async () => {
    const childId = await stack.drive.createChild();
    const { id } = await stack.drive.startConversion(childId);
    const panel = bearer(stack.panelElsewhere);
    await stack.api.http
      .get(`/processes/${id}`)
      .set(...panel)
      .expect(404);
    await stack.drive.driveThrough(id, upTo('panel-decision'));
    await stack.api.http
      .get(`/processes/${id}`)
      .set(...panel)
      .expect(200);
    await stack.api.http
      .get(`/children/${childId}`)
      .set(...panel)
      .expect(200);
  });

  it('refuses an event kind to a role that may not record it (403 naming who may) and records nothing', async () => {
    const { id } = await stack.drive.startConversion(await stack.drive.createChild());
    const res = await stack.api.http
      .post(`/processes/${id}/events`)
      .set(...stack.drive.auth('financeOfficer'))
      .send({ kind: 'court-hearing-listed', data: { hearingDate: '2027-01-10' } })
      .expect(403);
    expect(res.body.message).toMatch(/social_worker, manager/);
    const timeline = (
      await stack.api.http
        .get(`/processes/${id}/timeline`)
        .set(...stack.drive.auth('manager'))
        .expect(200)
    ).body;
    expect(timeline.map((e: { kind: string }) => e.kind)).not.toContain('court-hearing-listed');
  });

  it('decides 20 parallel claims of one open task in the workflow: exactly one 200, the rest 409, one audit row', async () => {
    const { id, openTasks } = await stack.drive.startConversion(await stack.drive.createChild());
    const taskId = openTasks[0].id;
    const tokens = await Promise.all(
      Array.from({ length: 20 }, (_, i) => stack.api.token(`claimer-${i}`, ['social_worker'])),
    );
    const answers = await Promise.all(
      tokens.map((t) =>
        stack.api.http
          .post(`/tasks/${taskId}/claim`)
          .set(...bearer(t))
          .send({}),
      ),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const rows = await stack.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE process_id = $1 AND kind = 'task-claimed'`,
      [id],
    );
    expect(rows[0].n).toBe(1);
  });
});
