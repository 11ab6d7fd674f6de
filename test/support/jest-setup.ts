import 'reflect-metadata';
import { DefaultLogger, Runtime } from '@temporalio/worker';

// In-process workers and replays log only warnings and errors; test failures speak for themselves.
try {
  Runtime.install({ logger: new DefaultLogger('WARN') });
} catch {
  // Installed already in this jest process by an earlier test file.
}
