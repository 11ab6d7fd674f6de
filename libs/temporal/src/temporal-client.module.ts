import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { temporalConfig, type TemporalConfig } from './temporal-config';

export const TEMPORAL_CONFIG = Symbol('TEMPORAL_CONFIG');
export const TEMPORAL_CONNECTION = Symbol('TEMPORAL_CONNECTION');

/** Provides a Temporal `Client` (class token) and closes its connection on shutdown. */
@Global()
@Module({
  providers: [
    { provide: TEMPORAL_CONFIG, useFactory: () => temporalConfig() },
    {
      provide: TEMPORAL_CONNECTION,
      inject: [TEMPORAL_CONFIG],
      // Lazy: the API starts (and /health answers) even while Temporal is still coming up.
      useFactory: (config: TemporalConfig) => Connection.lazy({ address: config.address }),
    },
    {
      provide: Client,
      inject: [TEMPORAL_CONNECTION, TEMPORAL_CONFIG],
      useFactory: (connection: Connection, config: TemporalConfig) =>
        new Client({ connection, namespace: config.namespace }),
    },
  ],
  exports: [Client, TEMPORAL_CONFIG, TEMPORAL_CONNECTION],
})
export class TemporalClientModule implements OnApplicationShutdown {
  constructor(@Inject(TEMPORAL_CONNECTION) private readonly connection: Connection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}
