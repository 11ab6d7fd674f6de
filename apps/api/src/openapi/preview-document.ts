import 'reflect-metadata';
import type { OpenAPIObject } from '@nestjs/swagger';
import { NestFactory } from '@nestjs/core';
import { loadApiConfig } from '../../../../libs/config/src';
import { AppModule } from '../app.module';
import { buildOpenApiDocument } from './openapi-document';

/**
 * The OpenAPI document the API serves at /docs-json, built without a database or Temporal: Nest's
 * preview mode reads the modules' and controllers' metadata but creates no provider. It is the
 * dev-mode document (AUTH_MODE=dev), so it includes POST /auth/dev-token, as the tests' API does.
 */
export async function previewOpenApiDocument(): Promise<OpenAPIObject> {
  const config = loadApiConfig({
    // Read but never used: preview mode connects to nothing and encrypts nothing.
    DATABASE_URL: 'postgres://openapi@127.0.0.1:1/openapi',
    AUTH_MODE: 'dev',
    AUTH_DEV_SECRET: 'x'.repeat(32),
    TEMPORAL_PAYLOAD_KEYS: `openapi:${Buffer.alloc(32).toString('base64')}`,
  });
  const app = await NestFactory.create(AppModule.register(config), { preview: true, logger: false });
  try {
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}
