import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { TEMPORAL_CONFIG, temporalConnectionSettings, type TemporalConfig } from '../../../../libs/temporal/src';
import { Public } from '../auth/auth.decorators';

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

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(TEMPORAL_CONFIG) private readonly config: TemporalConfig,
  ) {}

  @Public()
  @Get()
  live() {
    return { status: 'ok' };
  }

  /** 200 only when PostgreSQL and Temporal both answer; otherwise 503 naming which did not. */
  @Public()
  @Get('ready')
  async ready() {
    const checks = await Promise.allSettled([
      withinTwoSeconds(this.dataSource.query('SELECT 1')),
      this.temporalAnswers(),
    ]);
    const down = (['postgres', 'temporal'] as const).filter((_, i) => checks[i].status === 'rejected');
    if (down.length) {
      throw new ServiceUnavailableException({
        error: 'Service Unavailable',
        message: `Not ready: ${down.join(' and ')} did not answer`,
        details: { down },
      });
    }
    return { status: 'ready', postgres: 'up', temporal: 'up' };
  }

  /**
   * A fresh connection per probe, bounded by connectTimeout: probing through the client's shared
   * lazy connection would leave gRPC retries running after an unanswered probe.
   */
  private async temporalAnswers(): Promise<void> {
    const probe = await Connection.connect({ ...temporalConnectionSettings(), connectTimeout: 2000 });
    await probe.close();
  }
}
