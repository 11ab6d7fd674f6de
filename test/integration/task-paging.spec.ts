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
});
