import { useTestStack } from '../support/stack';

/** Lists at council scale: GET /tasks pages on request, GET /processes names each child (no request per row). */
describe('list paging and labels', () => {
  const stack = useTestStack('task-paging');

  it('GET /tasks pages with page and pageSize and counts every match in total; without them it answers every task', async () => {
    const d = stack.drive;
    const processes = [];
    for (let i = 0; i < 3; i++) processes.push(await d.startConversion(await d.createChild()));
    const ids = new Set(processes.map((p) => p.id));
    const get = async (query: string) =>
      (
        await d.api.http
          .get(`/tasks?role=social_worker${query}`)
          .set(...d.auth('manager'))
          .expect(200)
      ).body as {
        items: { id: string; processId: string }[];
        total: number;
      };
    const all = await get('');
    expect(all.total).toBe(all.items.length);
    expect(all.items.filter((t) => ids.has(t.processId))).toHaveLength(3);
    const first = await get('&pageSize=2');
    const second = await get('&pageSize=2&page=2');
    expect(first.items).toHaveLength(2);
    expect(first.total).toBe(all.total);
    expect(second.total).toBe(all.total);
    expect([...first.items, ...second.items].map((t) => t.id)).toEqual(all.items.slice(0, 4).map((t) => t.id));
    await d.api.http
      .get('/tasks?pageSize=0')
      .set(...d.auth('manager'))
      .expect(400);
    await d.api.http
      .get('/tasks?page=x')
      .set(...d.auth('manager'))
      .expect(400);
  });

  it("GET /processes carries each child's reference and name", async () => {
    const d = stack.drive;
    const childId = await d.createChild({
      firstName: 'Robin',
      lastName: 'Listed',
      childRef: `L${Date.now().toString(36)}`,
    });
    await d.startConversion(childId);
    const { body } = await d.api.http
      .get(`/processes?childId=${childId}`)
      .set(...d.auth('manager'))
      .expect(200);
    expect(body.items[0].child).toEqual({
      childRef: expect.stringMatching(/^L/),
      firstName: 'Robin',
      lastName: 'Listed',
    });
  });

  it("GET /tasks carries each task's child reference and name, and logs the read against that child", async () => {
    const d = stack.drive;
    const childId = await d.createChild({
      firstName: 'Sky',
      lastName: 'Tasked',
      childRef: `T${Date.now().toString(36)}`,
    });
    const { id: processId } = await d.startConversion(childId);
    const res = await d.api.http
      .get(`/tasks?processId=${processId}`)
      .set(...d.auth('manager'))
      .expect(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    for (const task of res.body.items)
      expect(task.child).toEqual({ childRef: expect.stringMatching(/^T/), firstName: 'Sky', lastName: 'Tasked' });
    const logged = await stack.db.query(
      `SELECT actor_sub, route, child_id, process_id FROM access_log WHERE request_id = $1`,
      [res.headers['x-request-id']],
    );
    expect(logged).toEqual([{ actor_sub: 'manager-1', route: '/tasks', child_id: childId, process_id: processId }]);
  });

  it('GET /processes takes status=open (active or paused) and sort=next-due (soonest due date first), and refuses others', async () => {
    const d = stack.drive;
    const team = `paging-${Date.now().toString(36)}`;
    const token = await d.api.token(`manager-${team}`, ['manager'], undefined, team);
    const admin = await d.api.token(`admin-${team}`, ['admin'], undefined, null);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const childId = await d.createChild();
      ids.push((await d.startConversion(childId)).id);
      // On a team of this test's own, so no other test's cases are on the caseload.
      await d.api.http
        .post(`/children/${childId}/team`)
        .set('authorization', `Bearer ${admin}`)
        .send({ team })
        .expect(200);
    }
    const get = async (query: string) =>
      (
        await d.api.http
          .get(`/processes?type=sgo-conversion${query}`)
          .set('authorization', `Bearer ${token}`)
          .expect(200)
      ).body as { items: { id: string; status: string; dueDates: Record<string, string> }[]; total: number };
    const open = await get('&status=open');
    expect(open.total).toBe(3);
    expect(open.items.map((p) => p.id).sort()).toEqual([...ids].sort());
    const byDue = await get('&status=open&sort=next-due&pageSize=2');
    expect(byDue.total).toBe(3);
    const soonest = (p: { dueDates: Record<string, string> }) => Object.values(p.dueDates).sort()[0] ?? '9999';
    const all = [...(await get('&status=open&sort=next-due')).items];
    expect(all.map(soonest)).toEqual([...all.map(soonest)].sort());
    expect(byDue.items.map((p) => p.id)).toEqual(all.slice(0, 2).map((p) => p.id));
    for (const bad of ['&status=opened', '&sort=due', '&sort=next-due&pageSize=201'])
      await d.api.http.get(`/processes?${bad}`).set('authorization', `Bearer ${token}`).expect(400);
  });

  it('GET /dashboard/reviews pages with page and pageSize, total over the whole window; without them it answers every review', async () => {
    const d = stack.drive;
    const get = async (query: string, status = 200) =>
      (
        await d.api.http
          .get(`/dashboard/reviews?from=2026-01-01&to=2100-12-31${query}`)
          .set(...d.auth('manager'))
          .expect(status)
      ).body as { items: { processId: string }[]; total: number; page?: number; pageSize?: number };
    const all = await get('');
    expect(all.total).toBe(all.items.length);
    expect(all.page).toBeUndefined();
    const first = await get('&pageSize=1');
    expect(first).toMatchObject({ total: all.total, page: 1, pageSize: 1 });
    expect(first.items.map((r) => r.processId)).toEqual(all.items.slice(0, 1).map((r) => r.processId));
    const second = await get('&page=2&pageSize=1');
    expect(second.items.map((r) => r.processId)).toEqual(all.items.slice(1, 2).map((r) => r.processId));
    expect((await get('&page=2')).pageSize).toBe(50);
    for (const bad of ['&pageSize=0', '&pageSize=201', '&page=0', '&page=x', '&pageSize=1.5'])
      expect((await get(bad, 400)) as unknown).toMatchObject({ statusCode: 400 });
  });
});
