import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { differingRequests, parseRequestCounts, temporalRequestMeter } from '../../bench/lib/temporal-requests';

// Lines as the Temporal server's Prometheus endpoint writes them (the dev server, CLI 1.5.1).
const scrape = (updates: number, sqlUpdates: number): string =>
  [
    '# HELP service_requests service_requests counter',
    '# TYPE service_requests counter',
    `service_requests{namespace="default",operation="UpdateWorkflowExecution",service_name="frontend"} ${updates}`,
    `service_requests{namespace="default",operation="UpdateWorkflowExecution",service_name="history"} ${updates}`,
    'service_requests{namespace="_unknown_",operation="GetSystemInfo",service_name="frontend"} 1',
    `persistence_requests{namespace="default",operation="UpdateWorkflowExecution",service_name="history"} ${sqlUpdates}`,
    'persistence_latency_count{operation="UpdateWorkflowExecution",service_name="history"} 999',
    'service_requests_bucket{operation="X",le="1"} 5',
  ].join('\n');

describe('the Temporal server request counts the bench reads', () => {
  it('sum each service and operation of service_requests and persistence_requests, and nothing else', () => {
    expect(parseRequestCounts(scrape(7, 14))).toEqual({
      'frontend UpdateWorkflowExecution': 7,
      'history UpdateWorkflowExecution': 7,
      'frontend GetSystemInfo': 1,
      'database history UpdateWorkflowExecution': 14,
    });
  });

  it('pick both totals, then the operations whose count per operation differs enough, largest first', () => {
    const service = { total: 40, 'database total': 90, a: 10, b: 30, c: 20 };
    const baseline = { total: 20, 'database total': 40, a: 10, b: 10, d: 2 };
    // Per operation over 10 and 10: a 1 vs 1 (same), b 3 vs 1, c 2 vs 0, d 0 vs 0.2 (below 0.25).
    expect(differingRequests(service, 10, baseline, 10)).toEqual(['total', 'database total', 'b', 'c']);
  });

  describe('metered over a live endpoint', () => {
    let server: Server;
    let body = scrape(100, 300);
    beforeAll(async () => {
      server = createServer((_, res) => res.end(body));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('count only what happened between start and the reading, with the gRPC and database totals', async () => {
      const { port } = server.address() as AddressInfo;
      const since = await temporalRequestMeter(`http://127.0.0.1:${port}/metrics`, { settleMs: 0 }).start();
      body = scrape(110, 325);
      expect(await since()).toEqual({
        'frontend UpdateWorkflowExecution': 10,
        'history UpdateWorkflowExecution': 10,
        'database history UpdateWorkflowExecution': 25,
        total: 20,
        'database total': 25,
      });
    });
  });

  it('count nothing when the server has no metrics endpoint', async () => {
    const since = await temporalRequestMeter(null).start();
    expect(await since()).toEqual({});
  });
});
