import type { Client, Connection } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { startTestSmtpServer, type TestSmtpServer } from '../../scripts/lib/smtp-sink';
import { ConversionDriver } from './conversion';
import { ApiUnderTest } from './http';
import { WorkerProcess, migratedDataSource, stackEnv, temporalClient, uniqueTaskQueue, writePolicyFile } from './stack';

/** Everything an HTTP-level test talks to: the real worker process, the API, PostgreSQL, Temporal and SMTP. */
export interface TestStack {
  db: DataSource;
  smtp: TestSmtpServer;
  worker: WorkerProcess;
  api: ApiUnderTest;
  drive: ConversionDriver;
  temporal: { client: Client; connection: Connection };
  stop(): Promise<void>;
}

/**
 * Starts the worker and the API on a task queue of their own with the given policy overrides
 * (durations shortened to seconds where a test needs them), configured as production is: through
 * the environment.
 */
export async function startTestStack(name: string, policy: object = {}): Promise<TestStack> {
  const { databaseUrl, temporalAddress } = stackEnv();
  const db = await migratedDataSource();
  const smtp = await startTestSmtpServer();
  const temporal = await temporalClient();
  const env = {
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    TEMPORAL_TASK_QUEUE: uniqueTaskQueue(name),
    SMTP_URL: smtp.url,
    KINSHIP_POLICY_FILE: writePolicyFile(name, policy),
  };
  const worker = new WorkerProcess(env);
  await worker.start();
  const api = await ApiUnderTest.start(env);
  const drive = await ConversionDriver.create(api);
  const stop = async () => {
    await api.stop();
    await worker.stop();
    await smtp.stop();
    await temporal.connection.close();
    await db.destroy();
  };
  return { db, smtp, worker, api, drive, temporal, stop };
}
