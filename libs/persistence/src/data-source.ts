import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { InitialSchema1764000000000 } from './migrations/1764000000000-initial-schema';
import { Cohorts1764100000000 } from './migrations/1764100000000-cohorts';
import { AllowanceReviews1764200000000 } from './migrations/1764200000000-allowance-reviews';
import { TaskOptionalData1764300000000 } from './migrations/1764300000000-task-optional-data';
import { Asgsf1764400000000 } from './migrations/1764400000000-asgsf';
import { LifelongLinks1764500000000 } from './migrations/1764500000000-lifelong-links';
import { PeopleToFind1764600000000 } from './migrations/1764600000000-people-to-find';
import { Caseload1764700000000 } from './migrations/1764700000000-caseload';
import { AppendOnlyAudit1764800000000 } from './migrations/1764800000000-append-only-audit';
import { IdempotencyKeys1764810000000 } from './migrations/1764810000000-idempotency-keys';
import { CaseloadAsASet1764820000000 } from './migrations/1764820000000-caseload-as-a-set';
import { ProcessTexts1764820500000 } from './migrations/1764820500000-process-texts';
import { NotificationOutbox1764825000000 } from './migrations/1764825000000-notification-outbox';
import { ReadIndexes1764830000000 } from './migrations/1764830000000-read-indexes';

export const MIGRATIONS = [
  InitialSchema1764000000000,
  Cohorts1764100000000,
  AllowanceReviews1764200000000,
  TaskOptionalData1764300000000,
  Asgsf1764400000000,
  LifelongLinks1764500000000,
  PeopleToFind1764600000000,
  Caseload1764700000000,
  AppendOnlyAudit1764800000000,
  IdempotencyKeys1764810000000,
  CaseloadAsASet1764820000000,
  ProcessTexts1764820500000,
  NotificationOutbox1764825000000,
  ReadIndexes1764830000000,
];

/**
 * Connection options for a PostgreSQL URL (DatabaseConfig). The schema comes only from migrations, never synchronize.
 * `connectTimeoutMs` bounds the wait for a connection: without it a query waits for ever on a
 * PostgreSQL that does not answer, where the API should answer 503 (pg-errors.ts).
 */
export function dataSourceOptions(url: string, connectTimeoutMs = 5_000): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    connectTimeoutMS: connectTimeoutMs,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    // Refusals such as a unique violation are expected answers (409), not errors worth a log line.
    logging: false,
  };
}
