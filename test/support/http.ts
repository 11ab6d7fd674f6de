import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createApp } from '../../apps/api/src/create-app';

export type { Role } from '../../libs/domain/src';
import type { Role } from '../../libs/domain/src';

/** The team every test's staff belong to unless a test says otherwise. */
export const TEST_TEAM = 'team-test';

/** The real API, in-process, configured through the same environment variables as production. */
export class ApiUnderTest {
  private constructor(
    readonly app: INestApplication,
    readonly http: TestAgent,
  ) {}

  static async start(env: Record<string, string>): Promise<ApiUnderTest> {
    Object.assign(process.env, { AUTH_MODE: 'dev', ...env });
    const app = await createApp({ logger: false });
    await app.init();
    return new ApiUnderTest(app, request(app.getHttpServer()));
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
