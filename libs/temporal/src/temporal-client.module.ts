import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { TemporalConfig } from '../../config/src';
import { currentRequestId } from '../../logging/src';
import { AesGcmPayloadCodec, kinshipDataConverter } from './codec';
import { requestIdClientInterceptor } from './request-id';
import { temporalConnectionOptions } from './temporal-connection';

export const TEMPORAL_CONNECTION = Symbol('TEMPORAL_CONNECTION');
/** The payload codec the client encrypts with; the codec endpoint decodes for the Temporal UI with it. */
export const PAYLOAD_CODEC = Symbol('PAYLOAD_CODEC');

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
      provide: PAYLOAD_CODEC,
      inject: [TemporalConfig],
      useFactory: (config: TemporalConfig) => new AesGcmPayloadCodec(config.payloadKeys),
    },
    {
      provide: Client,
      inject: [TEMPORAL_CONNECTION, TemporalConfig, PAYLOAD_CODEC],
      useFactory: (connection: Connection, config: TemporalConfig, codec: AesGcmPayloadCodec) =>
        new Client({
          connection,
          namespace: config.namespace,
          dataConverter: kinshipDataConverter(codec),
          // The request being answered goes to the workflow as a header (README, "Logs").
          interceptors: { workflow: [requestIdClientInterceptor(currentRequestId)] },
        }),
    },
  ],
  exports: [Client, TEMPORAL_CONNECTION, PAYLOAD_CODEC],
})
export class TemporalClientModule implements OnApplicationShutdown {
  constructor(@Inject(TEMPORAL_CONNECTION) private readonly connection: Connection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}
