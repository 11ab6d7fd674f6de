import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { TEMPORAL_CONNECTION } from '../../../../libs/temporal/src';
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
    @Inject(TEMPORAL_CONNECTION) private readonly temporal: Connection,
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
      withinTwoSeconds(this.temporal.workflowService.getSystemInfo({})),
    ]);
    const down = (['postgres', 'temporal'] as const).filter((_, i) => checks[i].status === 'rejected');
    if (down.length) {
      throw new ServiceUnavailableException({ error: 'Service Unavailable', message: `Not ready: ${down.join(' and ')} did not answer`, details: { down } });
    }
    return { status: 'ready', postgres: 'up', temporal: 'up' };
  }
}
