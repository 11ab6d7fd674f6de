import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { previewOpenApiDocument } from './preview-document';

/**
 * Writes the OpenAPI document to a file (default dist/openapi.json). The build runs it
 * (`node dist/apps/api/src/openapi/write-openapi-document.js`) to generate the web app's API types.
 */
async function main(file: string): Promise<void> {
  const document = await previewOpenApiDocument();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
}

main(process.argv[2] ?? 'dist/openapi.json').catch((err) => {
  console.error(err);
  process.exit(1);
});
