import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Runtime } from '@temporalio/worker';
import { ConfigError, loadWorkerConfig } from '../../../libs/config/src';
import { JsonLogger } from '../../../libs/logging/src';
import { jsonRuntimeLogger } from './json-runtime-logger';
import { chooseSdkMetricsAddress } from './sdk-metrics';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  // Validated before anything starts, so a bad variable stops the worker with every problem named.
  const config = loadWorkerConfig();
  Runtime.install({
    logger: jsonRuntimeLogger(config.runtime.temporalLogLevel),
    telemetryOptions: {
      // The SDK core's own (Rust) logs go through the same JSON logger, not straight to stderr.
      logging: { forward: {}, filter: { core: 'WARN', other: 'ERROR' } },
      // The SDK's metrics, exported on loopback and served by the health server (WORKER_HEALTH_PORT).
      ...(config.runtime.healthPort !== undefined
        ? { metrics: { prometheus: { bindAddress: await chooseSdkMetricsAddress() } } }
        : {}),
    },
  });
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: new JsonLogger() });
  app.enableShutdownHooks();
  Logger.log('worker started', 'Bootstrap');
}

bootstrap().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
