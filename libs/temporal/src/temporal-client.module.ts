import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { AesGcmPayloadCodec, kinshipDataConverter, payloadKeysFromEnv } from './codec';
import { temporalConfig, type TemporalConfig } from './temporal-config';
import { temporalConnectionSettings } from './temporal-connection';

export const TEMPORAL_CONFIG = Symbol('TEMPORAL_CONFIG');
export const TEMPORAL_CONNECTION = Symbol('TEMPORAL_CONNECTION');
/** The payload codec the client encrypts with; the codec endpoint decodes for the Temporal UI with it. */
export const PAYLOAD_CODEC = Symbol('PAYLOAD_CODEC');

/** Provides a Temporal `Client` (class token) and closes its connection on shutdown. */
@Global()
@Module({
  providers: [
    { provide: TEMPORAL_CONFIG, useFactory: () => temporalConfig() },
    {
      provide: TEMPORAL_CONNECTION,
      // Lazy: the API starts (and /health answers) even while Temporal is still coming up.
      useFactory: () => Connection.lazy(temporalConnectionSettings()),
    },
    { provide: PAYLOAD_CODEC, useFactory: () => new AesGcmPayloadCodec(payloadKeysFromEnv()) },
    {
      provide: Client,
      inject: [TEMPORAL_CONNECTION, TEMPORAL_CONFIG, PAYLOAD_CODEC],
      useFactory: (connection: Connection, config: TemporalConfig, codec: AesGcmPayloadCodec) =>
        new Client({ connection, namespace: config.namespace, dataConverter: kinshipDataConverter(codec) }),
    },
  ],
  exports: [Client, TEMPORAL_CONFIG, TEMPORAL_CONNECTION, PAYLOAD_CODEC],
})
export class TemporalClientModule implements OnApplicationShutdown {
  constructor(@Inject(TEMPORAL_CONNECTION) private readonly connection: Connection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}
