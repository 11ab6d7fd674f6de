import { randomUUID } from 'node:crypto';
import { COURT_REPORT_SECTIONS } from '../../libs/domain/src';
import { childBody, type ApiUnderTest, type Role } from './http';

export interface Step {
  kind: string;
  as: Actor;
  outcome: string;
  data?: Record<string, unknown>;
}

type Actor = 'socialWorker' | 'panelChair' | 'manager' | 'secondManager' | 'financeOfficer';

/**
 * Every task of a conversion that ends in an SGO, in order, with who completes it. The dates have
 * happened (a discussion, a panel or an order cannot be after today), and the application comes
 * 3 months after the notice of intention.
 */
export const STEPS_TO_SGO: Step[] = [
  { kind: 'screening', as: 'socialWorker', outcome: 'moving-to-sgo-now' },
  {
    kind: 'carer-discussion',
    as: 'socialWorker',
    outcome: 'carers-agree',
    data: { discussionDate: '2026-05-04', barriers: ['money', 'post-18-support'] },
  },
  { kind: 'panel-decision', as: 'panelChair', outcome: 'recommend', data: { panelDate: '2026-05-18' } },
  { kind: 'care-plan-review', as: 'socialWorker', outcome: 'care-plan-changed', data: { reviewDate: '2026-05-22' } },
  { kind: 'notice-of-intention', as: 'socialWorker', outcome: 'notice-received', data: { noticeDate: '2026-06-01' } },
  {
    kind: 'court-report',
    as: 'socialWorker',
    outcome: 'report-completed',
    data: { sections: [...COURT_REPORT_SECTIONS], recommendation: 'Special guardianship to the grandparents' },
  },
  { kind: 'court-report-sign-off', as: 'manager', outcome: 'approved' },
  {
    kind: 'support-plan',
    as: 'socialWorker',
    outcome: 'support-plan-agreed',
    data: { supportPlanReviewDate: '2027-11-01' },
  },
  { kind: 'support-plan-approval', as: 'manager', outcome: 'approved' },
  {
    kind: 'financial-assessment',
    as: 'financeOfficer',
    outcome: 'allowance-proposed',
    data: { weeklyAllowancePence: 18_532 },
  },
  { kind: 'allowance-approval', as: 'manager', outcome: 'approved' },
  {
    kind: 'legal-planning',
    as: 'socialWorker',
    outcome: 'application-issued',
    data: { applicationDate: '2026-09-07', court: 'Teesside Family Court' },
  },
  { kind: 'court-outcome', as: 'socialWorker', outcome: 'sgo-made', data: { orderDate: '2026-11-16' } },
];

const ROLE_OF: Record<Actor, Role> = {
  socialWorker: 'social_worker',
  panelChair: 'panel_chair',
  manager: 'manager',
  secondManager: 'manager',
  financeOfficer: 'finance_officer',
};

/** Drives conversions through the HTTP API, as the people in each role would. */
export class ConversionDriver {
  private constructor(
    readonly api: ApiUnderTest,
    readonly tokens: Record<Actor, string>,
  ) {}

  static async create(api: ApiUnderTest): Promise<ConversionDriver> {
    const tokens = {} as Record<Actor, string>;
    for (const actor of Object.keys(ROLE_OF) as Actor[])
      tokens[actor] = await api.token(`${actor}-1`, [ROLE_OF[actor]], `${actor}@council.example`);
    return new ConversionDriver(api, tokens);
  }

  auth(actor: Actor): [string, string] {
    return ['Authorization', `Bearer ${this.tokens[actor]}`];
  }

  async createChild(overrides: Record<string, unknown> = {}): Promise<string> {
    const res = await this.api.http
      .post('/children')
      .set(...this.auth('socialWorker'))
      .send(childBody(overrides))
      .expect(201);
    return res.body.id;
  }

  async startConversion(childId: string): Promise<{ id: string; openTasks: { id: string; kind: string }[] }> {
    const res = await this.api.http
      .post('/processes/sgo-conversion')
      .set(...this.auth('manager'))
      .send({ childId })
      .expect(201);
    return res.body;
  }

  async openTask(processId: string, kind: string): Promise<{ id: string; kind: string; status: string }> {
    const res = await this.api.http
      .get(`/processes/${processId}`)
      .set(...this.auth('manager'))
      .expect(200);
    const task = res.body.openTasks.find((t: { kind: string }) => t.kind === kind);
    if (!task)
      throw new Error(
        `No open ${kind} task; open: ${res.body.openTasks.map((t: { kind: string }) => t.kind).join(', ') || 'none'} (stage ${res.body.stage})`,
      );
    return task;
  }

  /** Completes the step's task and answers the response body ({ task, process }). */
  async complete(processId: string, step: Step) {
    const task = await this.openTask(processId, step.kind);
    // As a client should (README "Failure behaviour"): a 503 (Temporal slow to answer, say while a
    // killed worker's sticky tasks time out) is retried with the same Idempotency-Key, which answers
    // what actually happened and never completes the task twice.
    const key = randomUUID();
    const send = () =>
      this.api.http
        .post(`/tasks/${task.id}/complete`)
        .set(...this.auth(step.as))
        .set('Idempotency-Key', key)
        .send({ outcome: step.outcome, data: step.data, notes: `${step.kind} done` });
    let res = await send();
    for (let retry = 0; res.status === 503 && retry < 3; retry += 1) res = await send();
    if (res.status !== 200)
      throw new Error(`completing ${step.kind} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  async driveThrough(processId: string, steps: Step[]): Promise<void> {
    for (const step of steps) await this.complete(processId, step);
  }
}
