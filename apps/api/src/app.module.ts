import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConfigModule, DatabaseConfig, type ApiConfig } from '../../../libs/config/src';
import { dataSourceOptions } from '../../../libs/persistence/src';
import { TemporalClientModule } from '../../../libs/temporal/src';
import { AsgsfModule } from './asgsf/asgsf.module';
import { AuditModule } from './audit/audit.module';
import { SubjectAccessModule } from './audit/subject-access.module';
import { AuthModule } from './auth/auth.module';
import { ChildrenModule } from './children/children.module';
import { CodecModule } from './codec/codec.module';
import { HttpErrorFilter } from './common/http-error.filter';
import { IdempotencyInterceptor } from './common/idempotency/idempotency.interceptor';
import { IdempotencyStore } from './common/idempotency/idempotency.store';
import { DashboardsModule } from './dashboards/dashboards.module';
import { HealthModule } from './health/health.module';
import { LifelongLinksModule } from './lifelong-links/lifelong-links.module';
import { NotificationsModule } from './notifications/notifications.module';
import { MetricsModule } from './metrics/metrics.module';
import { ProcessesModule } from './processes/processes.module';
import { ReportsModule } from './reports/reports.module';
import { TasksModule } from './tasks/tasks.module';

/** The API: validated config, PostgreSQL, Temporal, and one module per feature. */
@Module({})
export class AppModule {
  /** Built from a config loaded when the app is created (the auth mode decides which routes exist). */
  static register(config: ApiConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forApi(config),
        TypeOrmModule.forRootAsync({
          inject: [DatabaseConfig],
          useFactory: (database: DatabaseConfig) => dataSourceOptions(database.url, database.connectTimeoutMs),
        }),
        TemporalClientModule,
        AuthModule.register(config.auth),
        AuditModule,
        ChildrenModule,
        SubjectAccessModule,
        ProcessesModule,
        TasksModule,
        NotificationsModule,
        DashboardsModule,
        ReportsModule,
        AsgsfModule,
        LifelongLinksModule,
        HealthModule,
        MetricsModule,
        CodecModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        IdempotencyStore,
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
    };
  }
}
