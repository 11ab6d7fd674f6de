import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export type MetricsRoute = (req: IncomingMessage) => Promise<{ status: number; type: string; body: string }>;

/**
 * A plain HTTP listener of its own for Prometheus and health probes (API: METRICS_PORT; worker:
 * WORKER_HEALTH_PORT). Kept off the public API port so scrapes need no token and the metrics never
 * sit behind the web app's ingress; they carry counts and timings only, never personal data.
 */
export async function startMetricsServer(
  port: number,
  host: string,
  routes: Record<string, MetricsRoute>,
): Promise<Server> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const route = req.method === 'GET' ? routes[(req.url ?? '').split('?')[0]] : undefined;
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    route(req).then(
      ({ status, type, body }) => res.writeHead(status, { 'content-type': type }).end(body),
      (err: unknown) =>
        res.writeHead(503, { 'content-type': 'text/plain' }).end(`unavailable: ${(err as Error).message}\n`),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}

export function closeServer(server: Server | undefined): Promise<void> {
  return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
}
