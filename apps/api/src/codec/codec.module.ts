import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { CodecController } from './codec.controller';
import { codecEndpointConfigFromEnv } from './codec-config';
import { CodecCorsMiddleware } from './codec-cors.middleware';
import { CODEC_ENDPOINT_CONFIG } from './codec.tokens';

/** `POST /codec/decode` and `/codec/encode` for the Temporal UI; the codec itself comes from TemporalClientModule. */
@Module({
  controllers: [CodecController],
  providers: [{ provide: CODEC_ENDPOINT_CONFIG, useFactory: () => codecEndpointConfigFromEnv() }, CodecCorsMiddleware],
})
export class CodecModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(CodecCorsMiddleware)
      .forRoutes(
        { path: 'codec/decode', method: RequestMethod.ALL },
        { path: 'codec/encode', method: RequestMethod.ALL },
      );
  }
}
