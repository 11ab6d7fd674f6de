import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { ApiUnderTest, checkedAgent } from '../support/http';
import { OpenApiContract } from '../support/openapi-contract';
import { migratedDataSource, REPO_ROOT } from '../support/stack';

type Operation = {
  summary?: string;
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; schema?: { maxLength?: number } }[];
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
};

/**
 * The document the running API serves at /docs-json is the whole HTTP contract (README "HTTP
 * contract (OpenAPI)"): linted with redocly's recommended rules, complete for every operation,
 * the same document the build generates the web app's types from, and checked against every
 * response the integration and e2e tests receive (test/support/http.ts) by a check that refuses
 * what the document does not describe.
 */
describe('The OpenAPI document served at /docs-json', () => {
  let api: ApiUnderTest;
  let document: { paths: Record<string, Record<string, Operation>> };
  const operations = () =>
    Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, method, path, op })),
    );

  beforeAll(async () => {
    await (await migratedDataSource()).destroy();
    api = await ApiUnderTest.start({});
    document = (await api.http.get('/docs-json').expect(200)).body;
  });
  afterAll(() => api?.stop());

  it('passes redocly lint with the recommended rules, offline, with no warning left', () => {
    const file = join(REPO_ROOT, '.test-data', 'openapi.json');
    writeFileSync(file, JSON.stringify(document, null, 2));
    const lint = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'openapi-lint.js'), file], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    const output = `${lint.stdout}${lint.stderr}`;
    expect([lint.status, output]).toEqual([0, expect.stringContaining('Your API description is valid')]);
    expect(output).not.toMatch(/warning/i);
  });

  it('is the document the build wrote for the web app (dist/openapi.json), so the web types describe this API', () => {
    const built = JSON.parse(readFileSync(join(REPO_ROOT, 'dist', 'openapi.json'), 'utf8'));
    expect(built).toEqual(document);
  });

  it('gives every operation a summary, a named 2xx body, the shared ErrorBody for every error, and a security requirement', () => {
    const gaps: string[] = [];
    for (const { name, op } of operations()) {
      if (!op.summary) gaps.push(`${name}: no summary`);
      if (!op.security) gaps.push(`${name}: no security requirement (bearer, or [] for a public route)`);
      const ok = Object.entries(op.responses).filter(([status]) => status.startsWith('2'));
      if (!ok.length) gaps.push(`${name}: no 2xx response`);
      for (const [status, response] of ok) {
        const media = Object.entries(response.content ?? {});
        if (!media.length) gaps.push(`${name} ${status}: no body described`);
        for (const [type, { schema }] of media)
          if (type === 'application/json' && !JSON.stringify(schema ?? {}).includes('#/components/schemas/'))
            gaps.push(`${name} ${status}: the body is not a named schema`);
      }
      for (const [status, response] of Object.entries(op.responses).filter(([s]) => Number(s) >= 400)) {
        if (response.content?.['application/json']?.schema?.$ref !== '#/components/schemas/ErrorBody')
          gaps.push(`${name} ${status}: not the ErrorBody schema`);
      }
      if (op.security?.length && !(op.responses['401'] && op.responses['403']))
        gaps.push(`${name}: secured but 401/403 not documented`);
    }
    expect(gaps).toEqual([]);
  });

  it('marks as public exactly the routes that answer without a token', async () => {
    const open = operations().filter(({ op }) => op.security?.length === 0);
    expect(open.map((o) => o.name)).toEqual(
      expect.arrayContaining(['GET /health', 'GET /health/ready', 'POST /auth/dev-token']),
    );
    for (const { name, method, path } of open) {
      const res = await (method === 'get' ? api.http.get(path) : api.http.post(path).send({}));
      expect([name, res.status]).not.toEqual([name, 401]);
    }
  });

  it('documents the optional Idempotency-Key header (at most 200 characters) on every write a client may retry', () => {
    const withKey = operations()
      .filter(({ op }) =>
        op.parameters?.some((p) => p.in === 'header' && p.name === 'Idempotency-Key' && p.schema?.maxLength === 200),
      )
      .map((o) => o.name)
      .sort();
    expect(withKey).toEqual(
      [
        'POST /processes/allowance-review',
        'POST /processes/asgsf-application',
        'POST /processes/lifelong-links',
        'POST /processes/sgo-conversion',
        'POST /processes/{id}/events',
        'POST /processes/{id}/pause',
        'POST /processes/{id}/reassign',
        'POST /processes/{id}/resume',
        'POST /processes/{id}/withdraw',
        'POST /tasks/{id}/claim',
        'POST /tasks/{id}/complete',
      ].sort(),
    );
  });

  describe('the check every test response goes through', () => {
    const processId = '6f1c2a4e-0d7b-4f1e-9a53-2b8f0c9d1e27';
    const process = {
      id: processId,
      type: 'sgo-conversion',
      childId: '0b7c2a4e-0d7b-4f1e-9a53-2b8f0c9d1e28',
      status: 'active',
      stage: 'screening',
      openTasks: [],
      dueDates: { 'court-report': '2026-06-30T23:59:59.999Z' },
      data: {},
      startedAt: '2026-01-02T09:00:00.000Z',
    };
    const error = { statusCode: 404, error: 'Not Found', message: `No process ${processId}`, requestId: 'r-1' };
    let contract: OpenApiContract;
    beforeAll(() => (contract = api.contract));
    const get = (url: string, status: number, body: unknown, contentType = 'application/json; charset=utf-8') =>
      contract.problem({ method: 'GET', url, status, contentType, body });

    it('accepts a response the document describes', () => {
      expect(get(`/processes/${processId}`, 200, process)).toBeUndefined();
      expect(get(`/processes/${processId}`, 404, error)).toBeUndefined();
    });

    it('refuses a body missing a required field, with a wrong value, or with a field the document does not name', () => {
      const { stage: _stage, ...withoutStage } = process;
      expect(get(`/processes/${processId}`, 200, withoutStage)).toMatch(/must have required property 'stage'/);
      expect(get(`/processes/${processId}`, 200, { ...process, status: 'asleep' })).toMatch(
        /\/status must be equal to one of the allowed values/,
      );
      expect(get(`/processes/${processId}`, 200, { ...process, secret: 1 })).toMatch(
        /must NOT have additional properties: secret/,
      );
      expect(get(`/processes/${processId}`, 200, { ...process, startedAt: 'yesterday' })).toMatch(
        /\/startedAt must match format "date-time"/,
      );
    });

    it('refuses a status the operation does not document, and an error that is not the ErrorBody', () => {
      expect(get(`/processes/${processId}`, 500, { statusCode: 500 })).toMatch(/does not document status 500/);
      expect(get(`/processes/${processId}`, 404, { message: 'gone' })).toMatch(/required property 'statusCode'/);
    });

    it('refuses a media type the operation does not list, and checks the CSV report as text', () => {
      expect(get(`/processes/${processId}`, 200, 'id,stage', 'text/csv')).toMatch(/not "text\/csv"/);
      expect(
        get('/reports/ssda903/episodes-ceased', 200, 'CHILD,DEC,REC\n', 'text/csv; charset=utf-8'),
      ).toBeUndefined();
      expect(get('/reports/ssda903/episodes-ceased', 200, { rows: [] })).toMatch(/not "application\/json"/);
    });

    it('matches a concrete path before a templated one, and refuses an answer to a request outside the document', () => {
      const start = (status: number, body: unknown) =>
        contract.problem({
          method: 'POST',
          url: '/processes/sgo-conversion',
          status,
          contentType: 'application/json',
          body,
        });
      expect(start(201, process)).toBeUndefined();
      expect(start(200, process)).toMatch(/POST \/processes\/sgo-conversion does not document status 200/);
      expect(get('/nowhere', 404, error)).toBeUndefined();
      expect(get('/nowhere', 200, { ok: true })).toMatch(/no operation in the OpenAPI document matches GET \/nowhere/);
    });

    it('fails a real request whose answer the document does not describe', async () => {
      // GET /health answers { status: 'ok' }; a contract without that operation must refuse it.
      const withoutHealth = new OpenApiContract({ ...document, paths: { ...document.paths, '/health': {} } });
      const agent = checkedAgent(request(api.app.getHttpServer()), withoutHealth);
      await expect(agent.get('/health').expect(200)).rejects.toThrow(
        /no operation in the OpenAPI document matches GET \/health/,
      );
    });
  });
});
