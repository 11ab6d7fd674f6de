import request from 'supertest';
import { createApp } from '../../apps/api/src/create-app';
import { loadApiConfig, RateLimitConfig } from '../../libs/config/src';
import { checkedAgent, childBody } from '../support/http';
import { useTestStack } from '../support/stack';

describe('hostile input: every input accepted can be stored, and nothing internal is answered', () => {
  const stack = useTestStack('hostile');
  const as = (actor: 'manager' | 'socialWorker' = 'manager') => stack.drive.auth(actor);

  it('refuses NUL and control characters with 400 naming the field, in bodies, queries and paths', async () => {
    const body = await stack.api.http
      .post('/children')
      .set(...as())
      .send(childBody({ firstName: 'Al\u0000ex' }))
      .expect(400);
    expect(body.body.message).toMatch(/^firstName: must not contain NUL/);
    expect(body.body.details).toEqual([{ field: 'firstName', problems: [expect.any(String)] }]);
    const nested = await stack.api.http
      .post('/children')
      .set(...as())
      .send(childBody({ carers: [{ ...childBody().carers[0], lastName: 'x\u0007' }] }))
      .expect(400);
    expect(nested.body.message).toMatch(/^carers\.0\.lastName/);
    expect((await stack.api.http.get('/processes?stage=a%00b').set(...as())).status).toBe(400);
    expect((await stack.api.http.post('/tasks/a%00b/claim').set(...as())).status).toBe(400);
    expect((await stack.api.http.post('/tasks/not-a-task/claim').set(...as())).status).toBe(400);
  });

  it('refuses a NUL in a pause reason before the workflow sees it, so the case stays as it was', async () => {
    const childId = await stack.drive.createChild();
    const started = await stack.drive.startConversion(childId);
    const before = await stack.db.query(`SELECT status, stage FROM processes WHERE id = $1`, [started.id]);
    const res = await stack.api.http
      .post(`/processes/${started.id}/pause`)
      .set(...as())
      .send({ reason: 'Carer in\u0000 hospital' })
      .expect(400);
    expect(res.body.message).toMatch(/^reason:/);
    // Line breaks stay allowed in free text.
    await stack.api.http
      .post(`/processes/${started.id}/pause`)
      .set(...as())
      .send({ reason: 'Carer in hospital\nback in May' })
      .expect(200);
    expect(before[0].status).toBe('active');
  });

  it('bounds JSON nesting before validation, unauthenticated too, and names 413 Payload Too Large', async () => {
    const deep = '['.repeat(2500) + ']'.repeat(2500);
    for (const path of ['/children', '/auth/dev-token', '/processes/sgo-conversion']) {
      const res = await stack.api.http.post(path).set('Content-Type', 'application/json').send(deep);
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/too deeply/);
    }
    const big = await stack.api.http
      .post('/children')
      .set(...as())
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ firstName: 'x'.repeat(200_000) }));
    expect(big.status).toBe(413);
    expect(big.body.error).toBe('Payload Too Large');
  });

  it('refuses impossible and out-of-range dates, blank names and formula-like child references', async () => {
    for (const overrides of [
      { dateOfBirth: '2025-02-30' },
      { dateOfBirth: '0000-01-01' },
      { dateOfBirth: '1850-01-01' },
      { firstName: '   ' },
      { childRef: '=HYPERLINK("http://x")' },
    ]) {
      const res = await stack.api.http
        .post('/children')
        .set(...as())
        .send(childBody(overrides));
      expect([res.status, overrides]).toEqual([400, overrides]);
    }
    for (const path of [
      '/reports/ssda903/episodes-ceased?from=0000-01-01',
      '/dashboard/reviews?from=0000-01-01&to=2026-01-01',
      '/dashboard/asgsf?financialYear=0000',
      '/processes?page=10001',
      '/processes?pageSize=201',
      '/processes?type=nope',
    ]) {
      expect([(await stack.api.http.get(path).set(...as())).status, path]).toEqual([400, path]);
    }
  });

  it('caps task and event data in size', async () => {
    const childId = await stack.drive.createChild();
    const started = await stack.drive.startConversion(childId);
    const res = await stack.api.http
      .post(`/processes/${started.id}/events`)
      .set(...as())
      .send({ kind: 'note', data: { text: 'x'.repeat(9_000) } })
      .expect(400);
    expect(res.body.message).toMatch(/^data: /);
  });

  it('answers a bad token without the JWT library text, with a request id; sets a strict CSP', async () => {
    const res = await stack.api.http.get('/processes').set('Authorization', 'Bearer abc.def.ghi').expect(401);
    expect(res.body).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'Invalid bearer token',
      requestId: expect.any(String),
    });
    expect(res.headers['x-request-id']).toBe(res.body.requestId);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    const nulName = await stack.api.token('nul-1', ['manager']).catch(() => undefined);
    expect(nulName).toBeDefined();
    const minted = await stack.api.http
      .post('/auth/dev-token')
      .send({ sub: 'x', name: 'A\u0000B', roles: ['manager'] });
    expect(minted.status).toBe(400);
  });

  it('limits sign-in and writes per address with 429 when the limit is tight', async () => {
    const app = await createApp({
      logger: false,
      config: { ...loadApiConfig(), rateLimit: new RateLimitConfig(3, 2) },
    });
    await app.init();
    try {
      // The 429s are checked against the OpenAPI document like every other answer.
      const http = checkedAgent(request(app.getHttpServer()), stack.api.contract);
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++)
        statuses.push((await http.post('/auth/dev-token').send({ sub: 'r', name: 'R', roles: ['manager'] })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const writes: number[] = [];
      for (let i = 0; i < 3; i++) writes.push((await http.post('/children').send({})).status);
      expect(writes).toEqual([401, 401, 429]);
      const limited = await http.post('/children').send({});
      expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    } finally {
      await app.close();
    }
  });
});
