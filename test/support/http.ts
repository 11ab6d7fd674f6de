import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createApp } from '../../apps/api/src/create-app';
import { OpenApiContract, type OpenApiDocument } from './openapi-contract';

export type { Role } from '../../libs/domain/src';
import type { Role } from '../../libs/domain/src';

/** The team every test's staff belong to unless a test says otherwise. */
export const TEST_TEAM = 'team-test';

/** The real API, in-process, configured through the same environment variables as production. */
export class ApiUnderTest {
  /** Every request made through it has its response checked against the served OpenAPI document. */
  readonly http: TestAgent;

  private constructor(
    readonly app: INestApplication,
    readonly contract: OpenApiContract,
  ) {
    this.http = checkedAgent(request(app.getHttpServer()), contract);
  }

  static async start(env: Record<string, string>): Promise<ApiUnderTest> {
    Object.assign(process.env, { AUTH_MODE: 'dev', ...env });
    const app = await createApp({ logger: false });
    await app.init();
    const served = await request(app.getHttpServer()).get('/docs-json').expect(200);
    return new ApiUnderTest(app, new OpenApiContract(served.body as OpenApiDocument));
  }

  /**
   * A dev token. Every test's staff share one team (TEST_TEAM), so they share a caseload; pass
   * another team, or null for a token without one, to test scoping.
   */
  async token(sub: string, roles: Role[], email?: string, team: string | null = TEST_TEAM): Promise<string> {
    const res = await this.http
      .post('/auth/dev-token')
      .send({ sub, name: `Test ${sub}`, roles, ...(email ? { email } : {}), ...(team ? { team } : {}) })
      .expect(200);
    return res.body.token;
  }

  async stop(): Promise<void> {
    await this.app.close();
  }
}

let childCounter = 0;

/** A child record the conversion may start for (C2, U1, grandparents who fostered), with overrides. */
export function childBody(overrides: Record<string, unknown> = {}) {
  childCounter += 1;
  return {
    childRef: `T${Date.now().toString(36)}${childCounter}`,
    firstName: 'Alex',
    lastName: 'Example',
    dateOfBirth: '2016-05-04',
    legalStatus: 'C2',
    placementType: 'U1',
    carers: [
      { carerRef: 'K1', firstName: 'Jo', lastName: 'Example', relationship: 'grandparent', isFormerFosterCarer: true },
    ],
    ...overrides,
  };
}

const AGENT_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

/**
 * The agent, with every response it receives checked against the OpenAPI document: a status, media
 * type or body the document does not describe fails the request (after the test's own `.expect`s,
 * so their messages come first). Test files that make their own agent wrap it with this too.
 */
export function checkedAgent(agent: TestAgent, contract: OpenApiContract): TestAgent {
  return new Proxy(agent, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof prop !== 'string' || !AGENT_METHODS.has(prop) || typeof value !== 'function') return value;
      return (...args: unknown[]) => checked(value.apply(target, args) as request.Test, contract);
    },
  });
}

type Assert = (
  resError: Error | null,
  res: request.Response | undefined,
  fn?: (err: Error | null, res?: request.Response) => void,
) => void;

function checked(test: request.Test, contract: OpenApiContract): request.Test {
  const t = test as request.Test & { assert: Assert; method: string; url: string };
  const assert: Assert = t.assert.bind(t);
  t.assert = (resError, res, fn) =>
    assert(resError, res, (err, response) => {
      const problem =
        !err && res
          ? contract.problem({
              method: t.method,
              url: t.url,
              status: res.status,
              contentType: res.headers['content-type'],
              body: res.type === 'application/json' ? res.body : res.text,
            })
          : undefined;
      fn?.call(t, problem ? new Error(problem) : err, response);
    });
  return t;
}
