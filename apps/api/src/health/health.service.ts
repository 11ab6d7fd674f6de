import { Injectable } from '@nestjs/common';
import { Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { TemporalConfig } from '../../../../libs/config/src';
import { temporalConnectionOptions } from '../../../../libs/temporal/src';

export type Dependency = 'postgres' | 'temporal';

async function withinTwoSeconds<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), 2000);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Probes what the API depends on. */
@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: TemporalConfig,
  ) {}

  /** The dependencies that did not answer within two seconds (none when ready). */
  async down(): Promise<Dependency[]> {
    const checks = await Promise.allSettled([
      withinTwoSeconds(this.dataSource.query('SELECT 1')),
      this.temporalAnswers(),
    ]);
    return (['postgres', 'temporal'] as const).filter((_, i) => checks[i].status === 'rejected');
  }

  /**
   * A fresh connection per probe, bounded by connectTimeout: probing through the client's shared
   * lazy connection would leave gRPC retries running after an unanswered probe.
   */
  private async temporalAnswers(): Promise<void> {
    const probe = await Connection.connect({ ...temporalConnectionOptions(this.temporal), connectTimeout: 2000 });
    await probe.close();
  }
}
