import { freePortNotListening, startAnotherApi, useTestStack, WorkerProcess } from '../support/stack';
import { eventually } from '../support/eventually';

/** Prometheus metrics and probes on ports of their own: the API's METRICS_PORT, the worker's WORKER_HEALTH_PORT. */
describe('Operations: metrics and probes', () => {
  const stack = useTestStack('metrics');

  const scrape = async (port: number, path = '/metrics') => {
    const res = await fetch(`http://127.0.0.1:${port}${path}`);
    return { status: res.status, body: await res.text() };
  };

  it("counts the API's requests by route pattern and status, never by id, and the read model's processes", async () => {
    const port = await freePortNotListening();
    const api = await startAnotherApi(stack, { METRICS_PORT: String(port) });
    try {
      const childId = await stack.drive.createChild();
      const missing = '00000000-0000-4000-8000-000000000000';
      await api.http
        .get(`/children/${missing}`)
        .set(...stack.drive.auth('manager'))
        .expect(404);
      await api.http.get('/health').expect(200);
      const { status, body } = await scrape(port);
      expect(status).toBe(200);
      expect(body).toMatch(
        /kinship_http_request_duration_seconds_count\{method="GET",route="\/children\/:id",status="404"\} 1/,
      );
      expect(body).toMatch(
        /kinship_http_request_duration_seconds_count\{method="GET",route="\/health",status="200"\} 1/,
      );
      expect(body).not.toContain(missing);
      expect(body).not.toContain(childId);
      expect(body).toMatch(/kinship_http_responses_total\{class="4xx"\} [1-9]/);
      expect(body).toMatch(/^kinship_open_tasks_overdue \d+$/m);
      expect(body).toMatch(/kinship_api_process_resident_memory_bytes/);
      // The public API port serves no metrics (a browser there gets the web app's page).
      expect((await api.http.get('/metrics')).text ?? '').not.toContain('kinship_http');
    } finally {
      await api.stop();
    }
  });

  it('shows processes by type and status once a conversion has started', async () => {
    const port = await freePortNotListening();
    const api = await startAnotherApi(stack, { METRICS_PORT: String(port) });
    try {
      await stack.drive.startConversion(await stack.drive.createChild());
      const { body } = await scrape(port);
      expect(body).toMatch(/kinship_processes\{type="sgo-conversion",status="active"\} [1-9]/);
    } finally {
      await api.stop();
    }
  });

  it("answers the worker's liveness and readiness while it polls, and serves the Temporal SDK's metrics", async () => {
    const port = await freePortNotListening();
    const worker = new WorkerProcess({ ...stack.env, WORKER_HEALTH_PORT: String(port) });
    await worker.start();
    try {
      await eventually(async () => expect((await scrape(port, '/health/ready')).status).toBe(200));
      expect((await scrape(port, '/health/live')).status).toBe(200);
      // Two workers poll the queue now; a conversion's tasks run on either, and the SDK counts its polls.
      await stack.drive.startConversion(await stack.drive.createChild());
      await eventually(async () => {
        const { body } = await scrape(port);
        expect(body).toMatch(/kinship_worker_process_resident_memory_bytes/);
        // The SDK's own (temporal_request, temporal_num_pollers, task latencies…), named with its prefix.
        expect(body).toMatch(/^temporal_\w+\{/m);
        expect(body).toMatch(/^temporal_num_pollers\{/m);
      });
    } finally {
      await worker.stop();
    }
    // Stopped: nothing answers any more.
    await expect(scrape(port, '/health/live')).rejects.toThrow();
  });
});
