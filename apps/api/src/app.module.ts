import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from '../../../libs/persistence/src';
import { TemporalClientModule } from '../../../libs/temporal/src';
import { AuthModule } from './auth/auth.module';
import { CodecModule } from './codec/codec.module';
import { ChildrenController } from './children/children.controller';
import { ChildrenService } from './children/children.service';
import { HttpErrorFilter } from './common/http-error.filter';
import { ConversionsDashboardService } from './dashboard/conversions-dashboard.service';
import { DashboardController } from './dashboard/dashboard.controller';
import { ReviewsDashboardService } from './dashboard/reviews-dashboard.service';
import { AsgsfDashboardService } from './dashboard/asgsf-dashboard.service';
import { ProvidersController } from './asgsf/providers.controller';
import { ConnectionsController, PeopleToFindController } from './lifelong-links/connections.controller';
import { HealthController } from './health/health.controller';
import { ReportsController } from './reports/reports.controller';
import { NotificationsController } from './notifications/notifications.controller';
import { policyProvider } from './policy/policy.provider';
import { ProcessStarters } from './processes/process-starters';
import { ProcessWorkflowsService } from './processes/process-workflows.service';
import { ProcessesController } from './processes/processes.controller';
import { ProcessesService } from './processes/processes.service';
import { TasksController } from './tasks/tasks.controller';
import { TasksService } from './tasks/tasks.service';

/** Everything but auth: persistence, Temporal, the controllers and their services. */
@Module({
  imports: [TypeOrmModule.forRootAsync({ useFactory: () => dataSourceOptions() }), TemporalClientModule, CodecModule],
  controllers: [
    ChildrenController,
    ProcessesController,
    TasksController,
    NotificationsController,
    DashboardController,
    ReportsController,
    ProvidersController,
    ConnectionsController,
    PeopleToFindController,
    HealthController,
  ],
  providers: [
    policyProvider,
    ChildrenService,
    ConversionsDashboardService,
    ReviewsDashboardService,
    AsgsfDashboardService,
    ProcessStarters,
    ProcessWorkflowsService,
    ProcessesService,
    TasksService,
    { provide: APP_FILTER, useClass: HttpErrorFilter },
  ],
})
class ApiFeaturesModule {}

/** Built when the app is created, so the auth mode is read from the environment at that moment. */
@Module({})
export class AppModule {
  static register(): DynamicModule {
    return { module: AppModule, imports: [AuthModule.register(), ApiFeaturesModule] };
  }
}
