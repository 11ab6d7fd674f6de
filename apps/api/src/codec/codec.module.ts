import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { CodecController } from './codec.controller';
import { CodecCorsMiddleware } from './codec-cors.middleware';

/** `POST /codec/decode` and `/codec/encode` for the Temporal UI; the codec itself comes from TemporalClientModule. */
@Module({
  controllers: [CodecController],
  providers: [CodecCorsMiddleware],
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
