/**
 * The API's own first path segments. The API's web-app fallback never answers for them, and the web
 * app's development server passes them on to the API. The OpenAPI document adds any controller
 * added later on the API side; this list is what both sides agree on.
 */
export const API_ROUTE_PREFIXES = [
  '/auth',
  '/children',
  '/processes',
  '/tasks',
  '/notifications',
  '/dashboard',
  '/reports',
  '/health',
  '/asgsf',
  '/docs',
  '/docs-json',
] as const;
