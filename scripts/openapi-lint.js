#!/usr/bin/env node
'use strict';
// `node scripts/openapi-lint.js [file]`: lints an OpenAPI document (default .test-data/openapi.json,
// which test/integration/openapi-contract.spec.ts writes from the running API's /docs-json) with
// `redocly lint` and the recommended rules (redocly.yaml; known, explained exceptions in
// .redocly.lint-ignore.yaml). Offline: no telemetry, no update check. Exits with redocly's code.
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const file = process.argv[2] ?? '.test-data/openapi.json';
const redocly = require.resolve('@redocly/cli/bin/cli.js', { paths: [root] });
const result = spawnSync(process.execPath, [redocly, 'lint', file, '--format=stylish'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', CI: 'true' },
});
process.exit(result.status ?? 1);
