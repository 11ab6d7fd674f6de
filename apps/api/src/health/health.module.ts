import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

/** Liveness and readiness (PostgreSQL and Temporal answer). */
@Module({ controllers: [HealthController], providers: [HealthService] })
export class HealthModule {}
