import { Module } from '@nestjs/common';
import { PolicyModule } from '../policy/policy.module';
import { AsgsfDashboardReadModel } from './asgsf.read-model';
import { ConversionsDashboardReadModel } from './conversions.read-model';
import { DashboardController } from './dashboards.controller';
import { ReviewsDashboardReadModel } from './reviews.read-model';

/**
 * Managers' dashboards. Their aggregate SQL over the read model (processes, tasks, children and
 * the ASGSF ledger) sits in the `*.read-model.ts` files, kept apart from the controllers.
 */
@Module({
  imports: [PolicyModule],
  controllers: [DashboardController],
  providers: [ConversionsDashboardReadModel, ReviewsDashboardReadModel, AsgsfDashboardReadModel],
})
export class DashboardsModule {}
