import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The request an API process is answering, for code that has no `Request` in hand: the JSON
 * logger (every line a request causes names it) and the Temporal client interceptor (which
 * sends it to the workflow as a header). Entered by the API's middleware once the body is read.
 */
const storage = new AsyncLocalStorage<{ readonly requestId: string }>();

export function runWithRequestId<T>(requestId: string, fn: () => T): T {
  return storage.run({ requestId }, fn);
}

/** The id of the request being answered, or undefined outside one (start-up, timers). */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
