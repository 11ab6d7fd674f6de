import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication, LoggerService } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { NestFactory } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import { loadApiConfig, type ApiConfig } from '../../../libs/config/src';
import { API_ROUTE_PREFIXES } from '../../../libs/domain/src';
import { AppModule } from './app.module';
import { ApiMetrics } from './metrics/api-metrics.service';
import { routesWithoutRoles } from './auth/routes-without-roles';
import { compressedStatic, sendCompressed } from './common/compressed-static';
import { jsonBodyOptions } from './common/json-body';
import { buildOpenApiDocument } from './openapi/openapi-document';
import { rateLimitMiddleware } from './common/rate-limit';
import { requestIdMiddleware } from './common/request-id';
import { accessLogMiddleware, requestContextMiddleware } from './common/request-logging';
import { createValidationPipe } from './common/validation.pipe';
import { securityHeaders } from './common/security-headers';

/**
 * Builds the HTTP app (used by main.ts and by the integration tests, so both run the same thing).
 * The config is read from the environment now unless given; a bad one throws a ConfigError.
 */
export async function createApp(
  options: { logger?: false | LoggerService; config?: ApiConfig } = {},
): Promise<INestApplication> {
  const config = options.config ?? loadApiConfig();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
    logger: options.logger ?? ['error', 'warn', 'log'],
    bodyParser: false,
  });
  const open = routesWithoutRoles(app);
  if (open.length) {
    await app.close();
    throw new Error(`Every route must name its roles (@Roles) or be @Public; these name neither: ${open.join(', ')}`);
  }
  // In this order, before any route: a request id, security headers (helmet, CSP), the rate
  // limits, then the body parsers (JSON bounded in size and depth; SSDA903 files as text/csv for
  // POST /children/import; forms, which no route takes, so their fields fail validation as 400),
  // then the request context the logs and the Temporal client read the request id from.
  app.use(requestIdMiddleware);
  app.use(accessLogMiddleware);
  app.use(app.get(ApiMetrics).middleware);
  app.use(securityHeaders(config.auth.oidc ? [new URL(config.auth.oidc.issuer).origin] : []));
  app.use(rateLimitMiddleware(config.rateLimit));
  app.useBodyParser('json', jsonBodyOptions);
  app.useBodyParser('urlencoded', { extended: false, limit: '100kb', parameterLimit: 100 });
  app.useBodyParser('text', { type: ['text/csv', 'text/plain'], limit: '10mb' });
  app.use(requestContextMiddleware);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  serveWebApp(app, Object.keys(document.paths));
  return app;
}

/**
 * The built web app (`dist/web`, from `npm run build`) on the same origin as the API, so it needs
 * no CORS and uses the same tokens. Found beside the compiled API (dist/apps/api/src → dist/web)
 * or, when the API runs from source in the tests, under dist/ at the repository root. Without a
 * build the API starts as before, serving the API alone.
 */
function serveWebApp(app: NestExpressApplication, apiPaths: string[]): void {
  const root = [join(__dirname, '..', '..', '..', 'web'), join(__dirname, '..', '..', '..', 'dist', 'web')].find(
    (dir) => existsSync(join(dir, 'index.html')),
  );
  if (!root) return;
  // The web app's fallback never answers for the API's own paths: the shared list, plus any
  // controller the OpenAPI document names that the list does not yet.
  const prefixes = [...new Set([...API_ROUTE_PREFIXES, ...apiPaths.map((p) => `/${p.split('/')[1]}`)])];
  // Hashed file names under assets/ never change content, so browsers may keep them; index.html is always re-checked.
  const assets = join(root, 'assets');
  const cacheControlOf = (file: string) =>
    file.startsWith(assets) ? 'public, max-age=31536000, immutable' : 'no-cache';
  // Scripts, styles and pages go compressed (brotli or gzip, as the browser accepts); the rest as they are.
  app.use(compressedStatic(root, cacheControlOf));
  app.useStaticAssets(root, {
    index: false,
    setHeaders: (res, file) => res.setHeader('Cache-Control', cacheControlOf(file)),
  });
  // Page paths (/, /cases/…, /pipeline) get index.html and the app routes them in the browser.
  // Registered before Nest's routes are, so it decides first, and passes on anything of the
  // API's and any missing file (a path whose last part has a dot) to answer 404 as before.
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isApiPath = prefixes.some((prefix) => req.path === prefix || req.path.startsWith(`${prefix}/`));
    const isFile = /\.[^/]*$/.test(req.path);
    if (isApiPath || isFile || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    const index = join(root, 'index.html');
    if (sendCompressed(req, res, index, 'no-cache')) return;
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
