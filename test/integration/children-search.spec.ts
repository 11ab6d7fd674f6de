import { childBody } from '../support/http';
import { useTestStack } from '../support/stack';

/**
 * GET /children: a search of the caller's caseload by name or CHILD reference, scoped and
 * access-logged like every other read of a child; and the SSDA903 import naming the children it
 * created or updated, so the web app can go on to screen them.
 */
describe('finding a child', () => {
  const s = useTestStack('children-search', {
    with: async (st) => ({ otherTeam: await st.api.token('sw-other', ['social_worker'], undefined, 'team-elsewhere') }),
  });
  const tag = `S${Date.now().toString(36).toUpperCase()}`;

  it("finds a child by part of their name or reference, and never another team's child", async () => {
    const mine = await s.drive.createChild({ childRef: `${tag}A`, firstName: 'Rowan', lastName: `Quill${tag}` });
    await s.api.http
      .post('/children')
      .set('Authorization', `Bearer ${s.otherTeam}`)
      .send(childBody({ childRef: `${tag}B`, firstName: 'Rowan', lastName: `Quill${tag}` }))
      .expect(201);

    const byName = await s.api.http
      .get(`/children?q=${encodeURIComponent(`rowan quill${tag.toLowerCase()}`)}`)
      .set(...s.drive.auth('manager'))
      .expect(200);
    expect(byName.body).toMatchObject({ total: 1, page: 1, pageSize: 50 });
    expect(byName.body.items).toEqual([expect.objectContaining({ id: mine, childRef: `${tag}A`, firstName: 'Rowan' })]);

    const byRef = await s.api.http
      .get(`/children?childRef=${tag}A`)
      .set(...s.drive.auth('manager'))
      .expect(200);
    expect(byRef.body.items.map((c: { id: string }) => c.id)).toEqual([mine]);

    // The other team sees its own child only; an exact reference outside the caseload finds nothing.
    const theirs = await s.api.http.get(`/children?q=${tag}`).set('Authorization', `Bearer ${s.otherTeam}`).expect(200);
    expect(theirs.body.items.map((c: { childRef: string }) => c.childRef)).toEqual([`${tag}B`]);
    const notTheirs = await s.api.http
      .get(`/children?childRef=${tag}A`)
      .set('Authorization', `Bearer ${s.otherTeam}`)
      .expect(200);
    expect(notTheirs.body).toMatchObject({ items: [], total: 0 });
  });

  it('matches the typed words literally: % and _ are not wildcards', async () => {
    await s.drive.createChild({ childRef: `${tag}C`, firstName: 'Ash' });
    const res = await s.api.http
      .get(`/children?q=${tag}%25`)
      .set(...s.drive.auth('manager'))
      .expect(200);
    expect(res.body.total).toBe(0);
  });

  it('writes an access-log row for each child a search answered with', async () => {
    const id = await s.drive.createChild({ childRef: `${tag}D`, firstName: 'Logged' });
    await s.api.http
      .get(`/children?childRef=${tag}D`)
      .set(...s.drive.auth('socialWorker'))
      .expect(200);
    const log = await s.api.http
      .get(`/children/${id}/access-log`)
      .set(...s.drive.auth('manager'))
      .expect(200);
    expect(log.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ route: '/children', path: `/children?childRef=${tag}D` })]),
    );
  });

  it('refuses a page size over 200 and a blank search with 400', async () => {
    await s.api.http
      .get('/children?pageSize=201')
      .set(...s.drive.auth('manager'))
      .expect(400);
    await s.api.http
      .get('/children?q=%20')
      .set(...s.drive.auth('manager'))
      .expect(400);
  });

  it('answers an import with the ids and references of the children it created or updated', async () => {
    const existing = await s.drive.createChild({ childRef: `${tag}E` });
    const csv = `CHILD,SEX,DOB,DECOM,LS,PLACE\n${tag}E,1,04/05/2016,01/09/2021,C2,U1\n${tag}F,2,04/05/2017,01/09/2021,C2,U2\nbad,row\n`;
    const res = await s.api.http
      .post('/children/import')
      .set(...s.drive.auth('manager'))
      .set('content-type', 'text/csv')
      .send(csv)
      .expect(200);
    expect(res.body).toMatchObject({ created: 1, updated: 1 });
    expect(res.body.rejected).toHaveLength(1);
    const [updated, created] = res.body.children;
    expect(updated).toEqual({ id: existing, childRef: `${tag}E`, created: false, row: 2 });
    expect(created).toMatchObject({ childRef: `${tag}F`, created: true, row: 3 });
    await s.api.http
      .get(`/children/${created.id}`)
      .set(...s.drive.auth('manager'))
      .expect(200);
  });
});
