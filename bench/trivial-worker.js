'use strict';
// The bench-only worker: runs bench/workflows/trivial.js on BENCH_TASK_QUEUE, against the same
// Temporal server and with the same data converter (payloads encrypted under TEMPORAL_PAYLOAD_KEYS)
// as the service's worker, so the raw-Update baseline differs from a task completion only by what
// the service itself does. A process of its own, so it does not share the load generator's CPU.
const path = require('node:path');
const { NativeConnection, Worker } = require('@temporalio/worker');
const { kinshipDataConverter, parsePayloadKeys } = require('../dist/libs/temporal/src');

async function main() {
  const { TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE = 'default', TEMPORAL_PAYLOAD_KEYS, BENCH_TASK_QUEUE } = process.env;
  if (!TEMPORAL_ADDRESS || !TEMPORAL_PAYLOAD_KEYS || !BENCH_TASK_QUEUE)
    throw new Error(
      'TEMPORAL_ADDRESS, TEMPORAL_PAYLOAD_KEYS and BENCH_TASK_QUEUE must be set (bench/run.js sets them)',
    );
  const connection = await NativeConnection.connect({ address: TEMPORAL_ADDRESS });
  const worker = await Worker.create({
    connection,
    namespace: TEMPORAL_NAMESPACE,
    taskQueue: BENCH_TASK_QUEUE,
    workflowsPath: path.join(__dirname, 'workflows', 'trivial.js'),
    dataConverter: kinshipDataConverter(parsePayloadKeys(TEMPORAL_PAYLOAD_KEYS)),
  });
  for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => worker.shutdown());
  console.log('bench worker started');
  await worker.run();
  await connection.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
