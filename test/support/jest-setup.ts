import 'reflect-metadata';
import { DefaultLogger, Runtime } from '@temporalio/worker';

// Quiet Temporal's own logs in tests; failures still surface through assertions.
Runtime.install({ logger: new DefaultLogger('ERROR') });
