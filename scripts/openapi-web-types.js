#!/usr/bin/env node
'use strict';
// Part of `npm run build`, after tsc: writes the OpenAPI document the API serves to
// dist/openapi.json (built without a database: apps/api/src/openapi/preview-document.ts) and
// generates the web app's API types from it with openapi-typescript into apps/web/src/api-types.ts,
// so the web app compiles against the API as it is. The file is rewritten only when it changes.
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const documentFile = path.join(root, 'dist', 'openapi.json');
const typesFile = path.join(root, 'apps', 'web', 'src', 'api-types.ts');
const HEADER = `/**
 * GENERATED: do not edit. \`npm run build\` writes it (scripts/openapi-web-types.js) from the OpenAPI
 * document the API serves at /docs-json, with openapi-typescript. Change the API's controllers and
 * response classes instead; apps/web/src/types.ts names the schemas the pages use.
 */
`;

async function main() {
  const written = spawnSync(
    process.execPath,
    [path.join(root, 'dist/apps/api/src/openapi/write-openapi-document.js'), documentFile],
    { stdio: 'inherit' },
  );
  if (written.status !== 0) throw new Error('could not build the OpenAPI document');
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(JSON.parse(fs.readFileSync(documentFile, 'utf8')));
  const types = HEADER + astToString(ast);
  if (!fs.existsSync(typesFile) || fs.readFileSync(typesFile, 'utf8') !== types) fs.writeFileSync(typesFile, types);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
