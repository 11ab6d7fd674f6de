import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { loadApiConfig } from '../../../../libs/config/src';
import { AppModule } from '../app.module';
import { buildOpenApiDocument } from './openapi-document';

/**
 * Writes the OpenAPI document the API serves at /docs-json to a file, without a database or
 * Temporal: Nest's preview mode reads the modules' and controllers' metadata but creates no
 * provider. The build runs it (`node dist/apps/api/src/openapi/write-openapi-document.js <file>`)
 * to generate the web app's API types. The document is the dev-mode one (AUTH_MODE=dev), so it
 * includes POST /auth/dev-token, as the tests' document does.
 */
async function main(file: string): Promise<void> {
  const config = loadApiConfig({
    DATABASE_URL: 'postgres://openapi@127.0.0.1:1/openapi',
    AUTH_MODE: 'dev',
    AUTH_DEV_SECRET: 'x'.repeat(32),
    // Read but never used: no payload is encrypted or decrypted here.
    TEMPORAL_PAYLOAD_KEYS: `openapi:${Buffer.alloc(32).toString('base64')}`,
  });
  const app = await NestFactory.create(AppModule.register(config), { preview: true, logger: false });
  const document = buildOpenApiDocument(app);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  await app.close();
}

main(process.argv[2] ?? 'dist/openapi.json').catch((err) => {
  console.error(err);
  process.exit(1);
});
