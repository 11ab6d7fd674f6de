import { DataSource } from 'typeorm';
import { ACCESS_LOGGED_ROUTES } from '../../apps/api/src/audit/access-log.routes';
import { dataSourceOptions } from '../../libs/persistence/src';
import { eventually } from '../support/eventually';
import { childBody } from '../support/http';
import { stackEnv, useTestStack } from '../support/stack';

interface AccessRow {
  actor_sub: string;
  actor_name: string;
  actor_roles: string[];
  child_id: string | null;
  process_id: string | null;
  method: string;
  route: string;
  path: string;
  request_id: string | null;
}

/** The access log, the children's audit events, the two audit endpoints, and append-only tables. */
describe('Audit trail and access log', () => {
  const stack = useTestStack('audit-trail', {
    with: async (s) => ({
      auditor: await s.api.token('aud-1', ['auditor'], undefined, null),
      admin: await s.api.token('adm-1', ['admin'], undefined, null),
      managerB: await s.api.token('mgr-b', ['manager'], undefined, 'team-b'),
    }),
  });
  const bearer = (token: string): [string, string] => ['Authorization', `Bearer ${token}`];
  let runTag = 0;
  const requestId = () => `audit-${Date.now().toString(36)}-${++runTag}`;

  async function accessRows(id: string): Promise<AccessRow[]> {
    return stack.db.query(
      `SELECT actor_sub, actor_name, actor_roles, child_id, process_id, method, route, path, request_id
       FROM access_log WHERE request_id = $1 ORDER BY id`,
      [id],
    );
  }

  async function childEvents(childId: string): Promise<{ kind: string; actor_sub: string; changes: object }[]> {
    return stack.db.query(`SELECT kind, actor_sub, changes FROM child_audit_events WHERE child_id = $1 ORDER BY id`, [
      childId,
    ]);
  }

  const importCsv = (token: [string, string], rows: string[]) =>
    stack.api.http
      .post('/children/import')
      .set(...token)
      .set('Content-Type', 'text/csv')
      .send(['CHILD,SEX,DOB,DECOM,LS,PLACE', ...rows].join('\n'))
      .expect(200);

  it('writes one access-log row per read of a child, case, timeline, letters, connections or notifications, naming who, which record, the route and the request id', async () => {
    const childId = await stack.drive.createChild();
    const { id: processId } = await stack.drive.startConversion(childId);
    const manager = stack.drive.auth('manager');
    const reads: [string, string, string | null][] = [
      [`/children/${childId}`, '/children/:id', null],
      [`/processes/${processId}`, '/processes/:id', processId],
      [`/processes/${processId}/timeline`, '/processes/:id/timeline', processId],
      [`/processes/${processId}/documents`, '/processes/:id/documents', processId],
      [`/processes/${processId}/connections`, '/processes/:id/connections', processId],
      [`/processes/${processId}/people-to-find`, '/processes/:id/people-to-find', processId],
      [`/notifications?processId=${processId}`, '/notifications', processId],
      [`/processes?childId=${childId}`, '/processes', processId],
    ];
    for (const [path, route, loggedProcess] of reads) {
      const id = requestId();
      await stack.api.http
        .get(path)
        .set(...manager)
        .set('X-Request-Id', id)
        .expect(200);
      expect({ path, rows: await accessRows(id) }).toEqual({
        path,
        rows: [
          {
            actor_sub: 'manager-1',
            actor_name: 'Test manager-1',
            actor_roles: ['manager'],
            child_id: childId,
            process_id: loggedProcess,
            method: 'GET',
            route,
            path,
            request_id: id,
          },
        ],
      });
    }
  });

  it('a bulk start names each refused child the manager may see, and logs that read; a child off the caseload stays an id, unlogged', async () => {
    const childId = await stack.drive.createChild();
    await stack.drive.startConversion(childId);
    const { childRef, firstName, lastName } = (
      await stack.api.http
        .get(`/children/${childId}`)
        .set(...stack.drive.auth('manager'))
        .expect(200)
    ).body;
    const unknown = '0b9a4c1e-5d6f-4a7b-8c9d-0e1f2a3b4c5d';
    const id = requestId();
    const batch = await stack.api.http
      .post('/processes/sgo-conversion/batch')
      .set(...stack.drive.auth('manager'))
      .set('X-Request-Id', id)
      .send({ childIds: [childId, unknown] })
      .expect(200);
    const refused = new Map(batch.body.refused.map((r: { childId: string }) => [r.childId, r]));
    expect(refused.get(childId)).toMatchObject({ statusCode: 409, child: { childRef, firstName, lastName } });
    expect(refused.get(unknown)).toMatchObject({ statusCode: 404 });
    expect(refused.get(unknown)).not.toHaveProperty('child');
    expect(await accessRows(id)).toEqual([
      expect.objectContaining({
        actor_sub: 'manager-1',
        child_id: childId,
        process_id: null,
        method: 'POST',
        route: '/processes/:type/batch',
      }),
    ]);
  });

  it('logs no read that was refused: another team gets 404 and the log gains no row', async () => {
    const childId = await stack.drive.createChild();
    const id = requestId();
    await stack.api.http
      .get(`/children/${childId}`)
      .set(...bearer(stack.managerB))
      .set('X-Request-Id', id)
      .expect(404);
    expect(await accessRows(id)).toEqual([]);
  });

  it('audits the creation of a child with every field it was recorded with, from null', async () => {
    const body = childBody({ dateOfBirth: '2015-03-02' });
    const res = await stack.api.http
      .post('/children')
      .set(...stack.drive.auth('socialWorker'))
      .send(body)
      .expect(201);
    const [event, ...more] = await childEvents(res.body.id);
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      kind: 'child-created',
      actor_sub: 'socialWorker-1',
      changes: {
        childRef: { from: null, to: body.childRef },
        dateOfBirth: { from: null, to: '2015-03-02' },
        legalStatus: { from: null, to: 'C2' },
        team: { from: null, to: 'team-test' },
        carers: {
          from: null,
          to: [{ carerRef: 'K1', firstName: 'Jo', lastName: 'Example', relationship: 'grandparent' }],
        },
      },
    });
  });

  it('audits an import row that overwrites a known childRef with only the fields it changed, old → new', async () => {
    const ref = `AUD${Date.now().toString(36)}`;
    const manager = stack.drive.auth('manager');
    expect((await importCsv(manager, [`${ref},1,04/05/2016,01/09/2021,C2,U1`])).body).toMatchObject({ created: 1 });
    const [{ id: childId }] = await stack.db.query(`SELECT id FROM children WHERE child_ref = $1`, [ref]);
    // The same row again changes nothing, so it adds no event.
    expect((await importCsv(manager, [`${ref},1,04/05/2016,01/09/2021,C2,U1`])).body).toMatchObject({ updated: 1 });
    expect((await importCsv(manager, [`${ref},1,05/05/2016,01/09/2021,C1,U1`])).body).toMatchObject({ updated: 1 });
    const events = await childEvents(childId);
    expect(events.map((e) => e.kind)).toEqual(['child-imported', 'child-updated-by-import']);
    expect(events[0].changes).toMatchObject({
      childRef: { from: null, to: ref },
      dateOfBirth: { from: null, to: '2016-05-04' },
      legalStatus: { from: null, to: 'C2' },
      placementType: { from: null, to: 'U1' },
    });
    expect(events[1]).toEqual({
      kind: 'child-updated-by-import',
      actor_sub: 'manager-1',
      changes: {
        dateOfBirth: { from: '2016-05-04', to: '2016-05-05' },
        legalStatus: { from: 'C2', to: 'C1' },
      },
    });
  });

  it("audits a change of a child's team and restriction with the old and new values", async () => {
    const childId = await stack.drive.createChild();
    await stack.api.http
      .post(`/children/${childId}/restriction`)
      .set(...stack.drive.auth('manager'))
      .send({ restricted: true, staff: ['socialWorker-1'] })
      .expect(200);
    await stack.api.http
      .post(`/children/${childId}/team`)
      .set(...bearer(stack.admin))
      .send({ team: 'team-b' })
      .expect(200);
    const events = await childEvents(childId);
    expect(events.slice(1)).toEqual([
      {
        kind: 'restriction-changed',
        actor_sub: 'manager-1',
        changes: { restricted: { from: false, to: true }, restrictedStaff: { from: [], to: ['socialWorker-1'] } },
      },
      { kind: 'team-changed', actor_sub: 'adm-1', changes: { team: { from: 'team-test', to: 'team-b' } } },
    ]);
  });

  it('audits the allocation of a social worker by a conversion start and by a reassignment, old → new', async () => {
    const childId = await stack.drive.createChild();
    const started = await stack.api.http
      .post('/processes/sgo-conversion')
      .set(...stack.drive.auth('manager'))
      .send({ childId, socialWorker: { sub: 'sw-first', name: 'First Worker' } })
      .expect(201);
    await stack.api.http
      .post(`/processes/${started.body.id}/reassign`)
      .set(...stack.drive.auth('manager'))
      .send({ socialWorker: { sub: 'sw-second', name: 'Second Worker' } })
      .expect(200);
    expect((await childEvents(childId)).slice(1)).toEqual([
      {
        kind: 'worker-allocated',
        actor_sub: 'manager-1',
        changes: { allocatedWorkerSub: { from: null, to: 'sw-first' } },
      },
      {
        kind: 'worker-allocated',
        actor_sub: 'manager-1',
        changes: { allocatedWorkerSub: { from: 'sw-first', to: 'sw-second' } },
      },
    ]);
  });

  it('logs only routes the API has: every pattern in the access-log table is a route of the OpenAPI document, with its method', async () => {
    const doc = await stack.api.http.get('/docs-json').expect(200);
    const routes = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(routes).toEqual(expect.arrayContaining(Object.keys(ACCESS_LOGGED_ROUTES)));
  });

  it('GET /children/:id/access-log shows managers and auditors who read the child, newest first and paged; other roles 403, out of scope 404', async () => {
    const childId = await stack.drive.createChild();
    const http = stack.api.http;
    await http
      .get(`/children/${childId}`)
      .set(...stack.drive.auth('socialWorker'))
      .expect(200);
    await http
      .get(`/children/${childId}`)
      .set(...stack.drive.auth('manager'))
      .expect(200);
    await http
      .get(`/children/${childId}/record`)
      .set(...bearer(stack.auditor))
      .expect(200);

    const page1 = await http
      .get(`/children/${childId}/access-log?pageSize=2`)
      .set(...stack.drive.auth('manager'))
      .expect(200);
    expect(page1.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page1.body.items.map((r: { actor: { sub: string }; route: string }) => [r.actor.sub, r.route])).toEqual([
      ['aud-1', '/children/:id/record'],
      ['manager-1', '/children/:id'],
    ]);
    const page2 = await http
      .get(`/children/${childId}/access-log?pageSize=2&page=2`)
      .set(...bearer(stack.auditor))
      .expect(200);
    expect(page2.body.items.map((r: { actor: { sub: string } }) => r.actor.sub)).toEqual(['socialWorker-1']);

    await http
      .get(`/children/${childId}/access-log`)
      .set(...stack.drive.auth('socialWorker'))
      .expect(403);
    await http
      .get(`/children/${childId}/access-log`)
      .set(...bearer(stack.admin))
      .expect(403);
    await http
      .get(`/children/${childId}/access-log`)
      .set(...bearer(stack.managerB))
      .expect(404);
    await http
      .get(`/children/${childId}/access-log?pageSize=500`)
      .set(...bearer(stack.auditor))
      .expect(400);
  });

  it('GET /children/:id/record gives auditors and admins everything held about the child in one document; others 403, unknown 404', async () => {
    const childId = await stack.drive.createChild();
    const { id: processId } = await stack.drive.startConversion(childId);
    const http = stack.api.http;
    // The start's events reach the read model through the worker's projection.
    await eventually(async () =>
      expect(
        (await http.get(`/processes/${processId}/timeline`).set(...stack.drive.auth('manager'))).body.length,
      ).toBeGreaterThan(0),
    );
    const res = await http
      .get(`/children/${childId}/record`)
      .set(...bearer(stack.admin))
      .expect(200);
    expect(res.body.child).toMatchObject({ id: childId, firstName: 'Alex', carers: [{ carerRef: 'K1' }] });
    expect(res.body.changes.map((c: { kind: string }) => c.kind)).toEqual(['child-created']);
    expect(res.body.processes).toHaveLength(1);
    const [process] = res.body.processes;
    expect(process).toMatchObject({ id: processId, type: 'sgo-conversion', tasks: [{ kind: 'screening' }] });
    expect(process.timeline.length).toBeGreaterThan(0);
    for (const part of ['letters', 'notifications', 'connections', 'peopleToFind'])
      expect([part, Array.isArray(process[part])]).toEqual([part, true]);

    for (const role of ['manager', 'socialWorker'] as const)
      await http
        .get(`/children/${childId}/record`)
        .set(...stack.drive.auth(role))
        .expect(403);
    await http
      .get(`/children/00000000-0000-4000-8000-000000000000/record`)
      .set(...bearer(stack.auditor))
      .expect(404);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of the audit tables: the app role lacks the right, and the owner is stopped by the trigger', async () => {
    const childId = await stack.drive.createChild();
    const { id: processId } = await stack.drive.startConversion(childId);
    await stack.api.http
      .get(`/children/${childId}`)
      .set(...stack.drive.auth('manager'))
      .expect(200);
    await eventually(async () =>
      expect(
        (await stack.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE process_id = $1`, [processId]))[0].n,
      ).toBeGreaterThan(0),
    );
    const { databaseUrl, migrationDatabaseUrl } = stackEnv();
    const app = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
    const owner = await new DataSource(dataSourceOptions(migrationDatabaseUrl)).initialize();
    try {
      expect((await app.query('SELECT current_user AS u'))[0].u).toBe('kinship_app');
      expect((await owner.query('SELECT current_user AS u'))[0].u).toBe('kinship_owner');
      const attempts = [
        `UPDATE audit_events SET kind = 'rewritten' WHERE process_id = '${processId}'`,
        `DELETE FROM audit_events WHERE process_id = '${processId}'`,
        `DELETE FROM access_log WHERE child_id = '${childId}'`,
        `UPDATE access_log SET actor_sub = 'someone-else' WHERE child_id = '${childId}'`,
        `DELETE FROM child_audit_events WHERE child_id = '${childId}'`,
        `UPDATE child_audit_events SET changes = '{}' WHERE child_id = '${childId}'`,
        'TRUNCATE access_log',
        'TRUNCATE audit_events CASCADE',
      ];
      for (const sql of attempts) {
        await expect(app.query(sql)).rejects.toThrow(/permission denied for table/);
        await expect(owner.query(sql)).rejects.toThrow(/is append-only: (UPDATE|DELETE|TRUNCATE) refused/);
      }
      // Adding stays possible for the application.
      await app.query(
        `INSERT INTO access_log (actor_sub, actor_name, actor_roles, child_id, method, route, path)
         VALUES ('probe', 'Probe', '{}', $1, 'GET', '/children/:id', '/probe')`,
        [childId],
      );
      const counts = await app.query(
        `SELECT (SELECT count(*)::int FROM audit_events WHERE process_id = $1 AND kind <> 'rewritten') AS events,
                (SELECT count(*)::int FROM access_log WHERE child_id = $2 AND actor_sub <> 'someone-else') AS reads,
                (SELECT count(*)::int FROM child_audit_events WHERE child_id = $2) AS changes`,
        [processId, childId],
      );
      expect(counts[0].events).toBeGreaterThan(0);
      expect(counts[0]).toMatchObject({ reads: 2, changes: 1 });
    } finally {
      await app.destroy();
      await owner.destroy();
    }
  });
});
