import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../openapi/error-body';
import { Live, Ready } from './dto/health.responses';
import { Public } from '../auth/auth.decorators';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Liveness: 200 while the process is up' })
  @ApiOkResponse({ type: Live })
  live() {
    return { status: 'ok' };
  }

  /** 200 only when PostgreSQL and Temporal both answer; otherwise 503 naming which did not. */
  @Public()
  @Get('ready')
  @ApiOperation({ summary: 'Readiness: 200 only when PostgreSQL and Temporal answer' })
  @ApiOkResponse({ type: Ready })
  @ApiErrors(503)
  async ready() {
    const down = await this.health.down();
    if (down.length) {
      throw new ServiceUnavailableException({
        error: 'Service Unavailable',
        message: `Not ready: ${down.join(' and ')} did not answer`,
        details: { down },
      });
    }
    return { status: 'ready', postgres: 'up', temporal: 'up' };
  }
}
