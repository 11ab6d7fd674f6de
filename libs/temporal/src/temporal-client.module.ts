import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { TemporalConfig } from '../../config/src';
import { temporalConnectionOptions } from './temporal-connection';

export const TEMPORAL_CONNECTION = Symbol('TEMPORAL_CONNECTION');

/** Provides a Temporal `Client` (class token) and closes its connection on shutdown. Needs ConfigModule. */
@Global()
@Module({
  providers: [
    {
      provide: TEMPORAL_CONNECTION,
      inject: [TemporalConfig],
      // Lazy: the API starts (and /health answers) even while Temporal is still coming up.
      useFactory: (config: TemporalConfig) => Connection.lazy(temporalConnectionOptions(config)),
    },
    {
      provide: Client,
      inject: [TEMPORAL_CONNECTION, TemporalConfig],
      useFactory: (connection: Connection, config: TemporalConfig) =>
        new Client({ connection, namespace: config.namespace }),
    },
  ],
  exports: [Client, TEMPORAL_CONNECTION],
})
export class TemporalClientModule implements OnApplicationShutdown {
  constructor(@Inject(TEMPORAL_CONNECTION) private readonly connection: Connection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}
