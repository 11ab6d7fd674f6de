import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import type { Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { COURT_REPORT_SECTIONS } from '../../libs/domain/src';
import {
  AesGcmPayloadCodec,
  ENCRYPTED_ENCODING,
  KEY_ID_METADATA_KEY,
  generatePayloadKeyEntry,
  parsePayloadKeys,
} from '../../libs/temporal/src';
import { STEPS_TO_SGO, ConversionDriver } from '../support/conversion';
import { eventually } from '../support/eventually';
import { collectHistoryPayloads, mapHistoryPayloads } from '../support/history-payloads';
import { ApiUnderTest, childBody } from '../support/http';
import { WorkerProcess, startOwnTestStack, type TestStack } from '../support/stack';

type History = temporal.api.history.v1.IHistory;

/** Every run of a workflow id, read straight from the server: no data converter, no codec. */
async function rawHistories(connection: Connection, workflowId: string): Promise<History[]> {
  const namespace = process.env.TEMPORAL_NAMESPACE ?? 'default';
  const { executions } = await connection.workflowService.listWorkflowExecutions({
    namespace,
    query: `WorkflowId = '${workflowId}'`,
  });
  expect(executions.length).toBeGreaterThan(0);
  const histories: History[] = [];
  for (const { execution } of executions) {
    const events: temporal.api.history.v1.IHistoryEvent[] = [];
    let nextPageToken: Uint8Array | undefined;
    do {
      const page = await connection.workflowService.getWorkflowExecutionHistory({
        namespace,
        execution: { workflowId, runId: execution!.runId },
        nextPageToken,
      });
      events.push(...(page.history?.events ?? []));
      nextPageToken = page.nextPageToken?.length ? page.nextPageToken : undefined;
    } while (nextPageToken);
    histories.push(temporal.api.history.v1.History.create({ events }));
  }
  return histories;
}

/** A history as text twice over: its protobuf bytes (payload data verbatim) and its JSON form. */
function asText(history: History): string {
  const bytes = Buffer.from(temporal.api.history.v1.History.encode(history).finish()).toString('latin1');
  return `${bytes}\n${historyToJSON(history)}`;
}

/** Every failure in a history (activity, workflow task, workflow, and their causes). */
function failuresIn(node: unknown, found: temporal.api.failure.v1.IFailure[] = []): temporal.api.failure.v1.IFailure[] {
  if (!node || typeof node !== 'object' || node instanceof Uint8Array) return found;
  if ('stackTrace' in node && 'message' in node) found.push(node as temporal.api.failure.v1.IFailure);
  for (const value of Object.values(node)) failuresIn(value, found);
  return found;
}

/** The payloads of a history decoded through the codec, their data as text. */
async function decodedText(codec: AesGcmPayloadCodec, history: History): Promise<string> {
  const copy = temporal.api.history.v1.History.decode(temporal.api.history.v1.History.encode(history).finish());
  await mapHistoryPayloads(copy, async (payload) => (await codec.decode([payload]))[0]);
  return (await collectHistoryPayloads(copy)).map((p) => Buffer.from(p.data ?? []).toString('utf8')).join('\n');
}

/** Rows of every table holding the text: proof the service did receive what the test planted. */
async function tablesHolding(db: DataSource, text: string): Promise<string[]> {
  const tables: { table_name: string }[] = await db.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  const found: string[] = [];
  for (const { table_name } of tables) {
    const [hit] = await db.query(`SELECT 1 FROM "${table_name}" t WHERE t::text LIKE $1 LIMIT 1`, [`%${text}%`]);
    if (hit) found.push(table_name);
  }
  return found;
}

/**
 * Issue 12: no child's, carer's or relative's data reaches Temporal in clear. Distinctive names, a
 * date of birth, notes and reasons go in through the HTTP API across all four processes; every
 * history is then read raw over gRPC and searched byte by byte; the same histories decoded through
 * the codec show the date of birth where the rules need it.
 */
describe('payload encryption in Temporal histories', () => {
  let stack: TestStack & { stop(): Promise<void> };
  const originalKeys = process.env.TEMPORAL_PAYLOAD_KEYS;

  afterAll(async () => {
    await stack?.stop();
    process.env.TEMPORAL_PAYLOAD_KEYS = originalKeys;
  });

  it('keeps names, the date of birth, notes and reasons of all four processes out of the raw histories', async () => {
    stack = await startOwnTestStack('encryption', {
      allowanceReview: {
        cycle: 'PT40S',
        packLeadTime: 'PT38S',
        returnDue: 'PT30S',
        chaseAfter: [],
        suspendAfter: 'PT1H',
        representationsWindow: 'PT2S',
      },
    });
    const { api, drive, db } = stack;
    const tag = randomBytes(4).toString('hex');
    const dateOfBirth = '2013-07-19';
    const plant = {
      childFirst: `Zebediah${tag}`,
      childLast: `Quillfeather${tag}`,
      carerFirst: `Ottoline${tag}`,
      carerLast: `Marchbanks${tag}`,
      taskNote: `TaskNote${tag} the grandmother's sister is unwell`,
      pauseReason: `PauseReason${tag} carer in hospital`,
      resumeReason: `ResumeReason${tag} carer home again`,
      caseNote: `CaseNote${tag} asked about training`,
      withdrawReason: `WithdrawReason${tag} family moved away`,
      recommendation: `Recommendation${tag} theraplay for attachment`,
      asgsfWithdraw: `AsgsfWithdraw${tag}`,
      allowanceWithdraw: `AllowanceWithdraw${tag}`,
      connection: `AuntConnection${tag}`,
      personToFind: `BrotherToFind${tag}`,
      prHolder: `PRHolder${tag}`,
      consentWithdrawn: `ConsentWithdrawn${tag} I want to stop for now`,
      contactNote: `ContactNote${tag} aunt was glad to hear from her`,
      newWorker: `Newworker${tag} Pemberton`,
    };
    // Staff names come from their tokens ("Test <sub>"): the workflows hear only the sub.
    const staffNames = ['Test socialWorker-1', 'Test manager-1', 'Test fo-enc', 'Test llc-enc'];
    const manager = drive.auth('manager');
    const sw = drive.auth('socialWorker');
    const finance = await api.token('fo-enc', ['finance_officer']);
    const coordinator = await api.token('llc-enc', ['ll_coordinator']);
    const bearer = (token: string): [string, string] => ['Authorization', `Bearer ${token}`];
    const child = async (overrides: Record<string, unknown> = {}) =>
      (
        await api.http
          .post('/children')
          .set(...sw)
          .send(
            childBody({
              firstName: plant.childFirst,
              lastName: plant.childLast,
              dateOfBirth,
              carers: [
                {
                  carerRef: 'K1',
                  firstName: plant.carerFirst,
                  lastName: plant.carerLast,
                  relationship: 'grandparent',
                  isFormerFosterCarer: true,
                  email: `${tag}@family.example`,
                },
              ],
              ...overrides,
            }),
          )
          .expect(201)
      ).body.id as string;
    const complete = async (
      processId: string,
      kind: string,
      auth: [string, string],
      outcome: string,
      data?: object,
    ) => {
      const task = await eventually(async () => drive.openTask(processId, kind), 45_000);
      const res = await api.http
        .post(`/tasks/${task.id}/complete`)
        .set(...auth)
        .send({ outcome, data, notes: plant.taskNote });
      expect(res.status).toBe(200);
    };

    // SGO conversion: a task note, pause and resume reasons, a case note, a withdrawal reason.
    const sgoChild = await child();
    const sgo = await drive.startConversion(sgoChild);
    await complete(sgo.id, 'screening', sw, 'moving-to-sgo-now');
    await api.http
      .post(`/processes/${sgo.id}/pause`)
      .set(...manager)
      .send({ reason: plant.pauseReason })
      .expect(200);
    await api.http
      .post(`/processes/${sgo.id}/resume`)
      .set(...manager)
      .send({ reason: plant.resumeReason })
      .expect(200);
    await api.http
      .post(`/processes/${sgo.id}/events`)
      .set(...sw)
      .send({ kind: 'case-note', data: { text: plant.caseNote } })
      .expect(202);
    await api.http
      .post(`/processes/${sgo.id}/reassign`)
      .set(...manager)
      .send({ socialWorker: { sub: `sw-new-${tag}`, name: plant.newWorker } })
      .expect(200);
    await complete(sgo.id, 'carer-discussion', sw, 'carers-agree', {
      discussionDate: '2026-11-02',
      barriers: ['money'],
    });
    await api.http
      .post(`/processes/${sgo.id}/withdraw`)
      .set(...manager)
      .send({ reason: plant.withdrawReason })
      .expect(200);

    // ASGSF: the therapy recommendation and why, then a withdrawal.
    const asgsfChild = await child({ previouslyLookedAfter: true });
    const asgsf = (
      await api.http
        .post('/processes/asgsf-application')
        .set(...sw)
        .send({ childId: asgsfChild })
        .expect(201)
    ).body;
    await complete(asgsf.id, 'assessment-of-need', sw, 'therapy-recommended', {
      assessmentDate: '2026-11-02',
      recommendation: plant.recommendation,
    });
    await api.http
      .post(`/processes/${asgsf.id}/withdraw`)
      .set(...manager)
      .send({ reason: plant.asgsfWithdraw })
      .expect(200);

    // Allowance review: the carer's return (earnings, housing costs), then a withdrawal.
    const allowanceChild = await child();
    const allowance = (
      await api.http
        .post('/processes/allowance-review')
        .set(...bearer(finance))
        .send({
          childId: allowanceChild,
          orderDate: new Date().toISOString().slice(0, 10),
          weeklyAllowancePence: 17_777,
        })
        .expect(201)
    ).body;
    await complete(allowance.id, 'carer-return', bearer(finance), 'return-received', {
      earningsPence: 987_654,
      benefitsPence: 0,
      otherIncomePence: 0,
      familyIncomeSupportRatePence: 12_000,
      housingCostsPence: 8_000,
    });
    await api.http
      .post(`/processes/${allowance.id}/withdraw`)
      .set(...manager)
      .send({ reason: plant.allowanceWithdraw })
      .expect(200);

    // Lifelong Links: who holds parental responsibility, a relative found, a person to find, and
    // the young person's own words when withdrawing consent.
    const linksChild = await child();
    const links = (
      await api.http
        .post('/processes/lifelong-links')
        .set(...sw)
        .send({ childId: linksChild })
        .expect(201)
    ).body;
    await complete(links.id, 'referral-decision', bearer(coordinator), 'accepted');
    await complete(links.id, 'consent', bearer(coordinator), 'consent-given', {
      parentalResponsibilityHolder: plant.prHolder,
    });
    const connection = (
      await api.http
        .post(`/processes/${links.id}/connections`)
        .set(...bearer(coordinator))
        .send({ name: plant.connection, relationship: 'aunt', howFound: 'named by the young person' })
        .expect(201)
    ).body;
    await complete(links.id, 'safety-decision', bearer(coordinator), 'safe-to-contact');
    await api.http
      .post(`/processes/${links.id}/connections/${connection.id}/contact`)
      .set(...bearer(coordinator))
      .send({ outcome: 'willing', notes: plant.contactNote })
      .expect(200);
    await api.http
      .post(`/processes/${links.id}/people-to-find`)
      .set(...bearer(coordinator))
      .send({ name: plant.personToFind, relationship: 'brother' })
      .expect(201);
    await api.http
      .post(`/processes/${links.id}/events`)
      .set(...bearer(coordinator))
      .send({ kind: 'consent-withdrawn', data: { reason: plant.consentWithdrawn } })
      .expect(202);

    // Every workflow these children have, every run (the allowance review continues as new).
    const childIds = [sgoChild, asgsfChild, allowanceChild, linksChild];
    const workflows: { workflow_id: string; type: string }[] = await db.query(
      `SELECT workflow_id, type FROM processes WHERE child_id = ANY($1)`,
      [childIds],
    );
    expect(new Set(workflows.map((w) => w.type))).toEqual(
      new Set(['sgo-conversion', 'asgsf-application', 'allowance-review', 'lifelong-links']),
    );
    const codec = new AesGcmPayloadCodec(parsePayloadKeys(process.env.TEMPORAL_PAYLOAD_KEYS!));
    const planted = [...Object.values(plant), dateOfBirth, '987654'];
    const decodedByType = new Map<string, string>();
    for (const { workflow_id, type } of workflows) {
      for (const history of await rawHistories(stack.temporal.connection, workflow_id)) {
        const raw = asText(history);
        for (const text of planted) {
          if (raw.includes(text)) throw new Error(`"${text}" is in clear in the raw history of ${workflow_id}`);
        }
        // Every payload is ciphertext (patch markers aside: the SDK's core writes those, holding the patch id).
        const payloads = await collectHistoryPayloads(history);
        expect(payloads.length).toBeGreaterThan(0);
        const encodings = new Set(payloads.map((p) => Buffer.from(p.metadata?.encoding ?? []).toString()));
        encodings.delete(ENCRYPTED_ENCODING);
        if (encodings.size) {
          const markers = history.events!.filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_patch');
          expect(markers.length).toBeGreaterThan(0);
        }
        // Failure messages and stack traces travel encoded (and so encrypted), never in the failure itself.
        for (const failure of failuresIn(history)) {
          expect({ message: failure.message, stackTrace: failure.stackTrace }).toEqual({
            message: 'Encoded failure',
            stackTrace: '',
          });
        }
        decodedByType.set(type, (decodedByType.get(type) ?? '') + (await decodedText(codec, history)));
      }
    }

    // Decoded, the histories hold what the rules need: the date of birth, in all four processes.
    for (const type of ['sgo-conversion', 'asgsf-application', 'allowance-review', 'lifelong-links']) {
      expect(decodedByType.get(type)).toContain(dateOfBirth);
    }
    // Everything planted reached the service: in a decoded history or in PostgreSQL (never in clear in Temporal).
    const decodedAll = [...decodedByType.values()].join('\n');
    for (const text of planted) {
      if (decodedAll.includes(text)) continue;
      expect({ text, tables: await tablesHolding(db, text) }).toEqual({
        text,
        tables: expect.arrayContaining([expect.any(String)]),
      });
    }
    // Not merely encrypted: decoded with the key, no history holds a name, a note, a reason or the
    // young person's words. The workflows held ids and {{text:<id>}} references instead.
    for (const [type, decoded] of decodedByType) {
      for (const text of [...Object.values(plant), ...staffNames]) {
        if (decoded.includes(text)) throw new Error(`"${text}" is in the decoded ${type} history`);
      }
    }
    expect(decodedByType.get('sgo-conversion')).toMatch(/\{\{text:[0-9a-f-]{36}\}\}/);

    // The API still shows them all, from PostgreSQL: each timeline, with who acted by name.
    const timeline = async (processId: string) =>
      JSON.stringify(
        (
          await api.http
            .get(`/processes/${processId}/timeline`)
            .set(...manager)
            .expect(200)
        ).body,
      );
    const sgoTimeline = await timeline(sgo.id);
    for (const text of [plant.taskNote, plant.pauseReason, plant.resumeReason, plant.caseNote, plant.withdrawReason])
      expect(sgoTimeline).toContain(text);
    expect(sgoTimeline).toContain('Test manager-1');
    expect(sgoTimeline).toContain('Test socialWorker-1');
    expect(sgoTimeline).not.toMatch(/\{\{text:/);
    const asgsfTimeline = await timeline(asgsf.id);
    expect(asgsfTimeline).toContain(plant.recommendation);
    expect(asgsfTimeline).toContain(plant.asgsfWithdraw);
    expect(await timeline(allowance.id)).toContain(plant.allowanceWithdraw);
    const linksTimeline = await timeline(links.id);
    for (const text of [plant.prHolder, plant.contactNote, plant.consentWithdrawn, 'Test llc-enc'])
      expect(linksTimeline).toContain(text);
    // The case page: the reassigned worker by name (from the staff directory), the people found.
    const staffRow = await db.query(`SELECT name FROM staff WHERE sub = $1`, [`sw-new-${tag}`]);
    expect(staffRow).toEqual([{ name: plant.newWorker }]);
    const found = await api.http
      .get(`/processes/${links.id}/connections`)
      .set(...bearer(coordinator))
      .expect(200);
    expect(JSON.stringify(found.body)).toContain(plant.connection);
  });

  it('completes a case started under key 1 after the worker and the API rotate to key 2, and names a key it lacks', async () => {
    await stack?.stop();
    const k1 = generatePayloadKeyEntry('rot-k1');
    const k2 = generatePayloadKeyEntry('rot-k2');
    process.env.TEMPORAL_PAYLOAD_KEYS = k1;
    stack = await startOwnTestStack('rotation', {});
    const { db, smtp, temporal } = stack;
    const before = stack.drive;
    const childId = await before.createChild();
    const { id } = await before.startConversion(childId);
    await before.complete(id, STEPS_TO_SGO[0]);
    await before.complete(id, STEPS_TO_SGO[1]);

    // Rotate: key 2 current, key 1 kept to decrypt. A fresh worker replays the history from scratch.
    const env = {
      DATABASE_URL: process.env.DATABASE_URL!,
      TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS!,
      TEMPORAL_TASK_QUEUE: process.env.TEMPORAL_TASK_QUEUE!,
      SMTP_URL: stack.smtp.url,
      KINSHIP_POLICY_FILE: process.env.KINSHIP_POLICY_FILE!,
      TEMPORAL_PAYLOAD_KEYS: `${k2},${k1}`,
    };
    await stack.api.stop();
    await stack.worker.stop();
    const worker = new WorkerProcess(env);
    await worker.start();
    const api = await ApiUnderTest.start(env);
    const drive = await ConversionDriver.create(api);
    try {
      await drive.driveThrough(id, STEPS_TO_SGO.slice(2));
      const done = (
        await api.http
          .get(`/processes/${id}`)
          .set(...drive.auth('manager'))
          .expect(200)
      ).body;
      expect(done).toMatchObject({ status: 'completed', outcome: 'sgo' });
      expect(STEPS_TO_SGO[5].data).toMatchObject({ sections: [...COURT_REPORT_SECTIONS] });

      const [history] = await rawHistories(stack.temporal.connection, `sgo-conversion/${childId}`);
      const keyIds = new Set(
        (await collectHistoryPayloads(history))
          .map((p) => p.metadata?.[KEY_ID_METADATA_KEY])
          .filter(Boolean)
          .map((id) => Buffer.from(id!).toString()),
      );
      expect(keyIds).toEqual(new Set(['rot-k1', 'rot-k2']));

      // The codec endpoint, on an API that has dropped key 1, names the key it lacks (422), and
      // decodes what key 2 wrote.
      const k2Only = await ApiUnderTest.start({ ...env, TEMPORAL_PAYLOAD_KEYS: k2 });
      try {
        const admin = await k2Only.token('admin-rot', ['admin']);
        const payloads = await collectHistoryPayloads(history);
        const json = (p: (typeof payloads)[number]) => ({
          metadata: Object.fromEntries(
            Object.entries(p.metadata!).map(([k, v]) => [k, Buffer.from(v).toString('base64')]),
          ),
          data: Buffer.from(p.data!).toString('base64'),
        });
        const underK1 = payloads.find(
          (p) => Buffer.from(p.metadata![KEY_ID_METADATA_KEY] ?? []).toString() === 'rot-k1',
        )!;
        const underK2 = payloads.find(
          (p) => Buffer.from(p.metadata![KEY_ID_METADATA_KEY] ?? []).toString() === 'rot-k2',
        )!;
        const refused = await k2Only.http
          .post('/codec/decode')
          .set('Authorization', `Bearer ${admin}`)
          .send({ payloads: [json(underK1)] });
        expect(refused.status).toBe(422);
        expect(refused.body.message).toMatch(/unknown key id "rot-k1"/);
        await k2Only.http
          .post('/codec/decode')
          .set('Authorization', `Bearer ${admin}`)
          .send({ payloads: [json(underK2)] })
          .expect(200);
      } finally {
        await k2Only.stop();
      }
      expect(await db.query(`SELECT status FROM processes WHERE id = $1`, [id])).toEqual([{ status: 'completed' }]);
    } finally {
      await api.stop().catch(() => undefined);
      await worker.stop();
      await smtp.stop();
      await temporal.connection.close();
      await db.destroy();
      stack = undefined as unknown as TestStack & { stop(): Promise<void> }; // stopped piece by piece above
    }
  });
});
