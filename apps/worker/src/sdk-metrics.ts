import { createServer } from 'node:net';

/**
 * Where the Temporal SDK's own Prometheus exporter listens: a free loopback port chosen at start-up,
 * never published; the worker's health server (WORKER_HEALTH_PORT) serves its text under /metrics
 * together with the process's own metrics, so one port answers for the whole worker.
 */
export let sdkMetricsAddress: string | undefined;

export async function chooseSdkMetricsAddress(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  sdkMetricsAddress = `127.0.0.1:${port}`;
  return sdkMetricsAddress;
}
