import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { PROCESS_TYPES } from '../../../../libs/domain/src';
import { ERROR_DESCRIPTIONS, ErrorBody, FieldProblem } from './error-body';

const TAGS: Record<string, string> = {
  auth: 'How to sign in (GET /auth/config), and dev sign-in (AUTH_MODE=dev only)',
  health: 'Liveness and readiness (no token)',
  children: 'Children, their carers, SSDA903 imports and caseload settings',
  processes: 'Starting, reading and steering durable processes',
  tasks: 'The human steps of the processes',
  'lifelong-links': 'People a young person wants to find, and people a search found',
  asgsf: "The council's approved ASGSF therapy providers",
  dashboards: "Managers' and finance officers' dashboards",
  reports: 'Returns for the Department for Education',
  notifications: 'What the service has sent',
  codec: 'Temporal payload codec for the Temporal UI and CLI',
};

const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);

/**
 * The OpenAPI document of the app: the HTTP contract (README "HTTP contract (OpenAPI)"). Served at
 * /docs-json by createApp, and written to dist/openapi.json by the build for the web app's types.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Kinship workflows')
    .setDescription(
      'SGO conversions, ASGSF applications, allowance reviews and Lifelong Links as durable processes. ' +
        'Every error is the ErrorBody schema; every route but /health, /auth/config and /auth/dev-token needs a bearer token.',
    )
    .setVersion('1')
    .addServer('/', 'this service')
    .addBearerAuth();
  for (const [name, description] of Object.entries(TAGS)) builder.addTag(name, description);
  const document = SwaggerModule.createDocument(app, builder.build(), { extraModels: [ErrorBody, FieldProblem] });
  expandProcessStarts(document);
  addCommonResponses(document);
  return document;
}

/**
 * What every operation of a kind can answer, whatever its controller says, because middleware and
 * guards answer it before the controller runs: 401/403 (the auth guard) on every secured route;
 * 400 (malformed JSON) and 413 (body too large) on every write, whose body is parsed whatever the
 * route; 429 on writes and sign-in (the rate limiter); 404 on a route with an id in its path; 503
 * on every route but liveness, as PostgreSQL or Temporal may not answer. An
 * operation without a bearer requirement is marked `security: []`: it is public (@Public).
 */
function addCommonResponses(document: OpenAPIObject): void {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
      const secured = Array.isArray(operation.security) && operation.security.length > 0;
      if (!secured) operation.security = [];
      const statuses: number[] = [];
      const write = WRITE_METHODS.has(method);
      if (write || operation.parameters?.length) statuses.push(400);
      if (secured) statuses.push(401, 403);
      if (path.includes('{')) statuses.push(404);
      if (write) statuses.push(413);
      if (write || path.startsWith('/auth/')) statuses.push(429);
      // PostgreSQL (and, for writes to a process, Temporal) can be down; only liveness reads neither.
      if (path !== '/health') statuses.push(503);
      for (const status of statuses) {
        operation.responses[status] ??= {
          description: ERROR_DESCRIPTIONS[status],
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
        };
      }
      operation.responses = Object.fromEntries(
        Object.entries(operation.responses).sort(([a], [b]) => a.localeCompare(b)),
      );
    }
  }
}

/**
 * POST /processes/{type} is listed as one operation per process type (POST /processes/sgo-conversion,
 * …): each takes its own body, and `/processes/{type}` would otherwise be the same path as GET
 * /processes/{id} (which OpenAPI forbids: paths may not differ only by a parameter's name). The
 * route is the same; any other type is 400.
 */
function expandProcessStarts(document: OpenAPIObject): void {
  const start = document.paths['/processes/{type}']?.post;
  if (!start) return;
  delete document.paths['/processes/{type}'];
  for (const type of PROCESS_TYPES) {
    const body = type === 'allowance-review' ? 'StartAllowanceReviewDto' : 'StartProcessDto';
    const operation: OperationObject = {
      ...structuredClone(start),
      operationId: `${start.operationId}_${type.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`,
      summary: `Start ${type} for a child`,
      parameters: (start.parameters ?? []).filter((p) => !('name' in p) || p.name !== 'type'),
      requestBody: {
        required: true,
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${body}` } } },
      },
    };
    document.paths[`/processes/${type}`] = { post: operation };
  }
}
