import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';

/**
 * What a request sent with an Idempotency-Key carries down to the services, without changing
 * their signatures: the Temporal update id every attempt with this key uses (Temporal applies an
 * update id once per workflow, and answers a repeat with the first outcome), and whether this
 * attempt follows one whose outcome is unknown (it answered 503, or its API process died).
 */
export interface IdempotencyContext {
  updateId: string;
  /** An earlier attempt may have been applied: services check what happened before acting. */
  retryOfUnknown: boolean;
}

const storage = new AsyncLocalStorage<IdempotencyContext>();

export function runWithIdempotency<T>(context: IdempotencyContext, work: () => Promise<T>): Promise<T> {
  return storage.run(context, work);
}

/** The key's context in the request being handled; undefined without an Idempotency-Key. */
export function currentIdempotency(): IdempotencyContext | undefined {
  return storage.getStore();
}

/** The same for every attempt of one caller's key, and unlike any other caller's. */
export function updateIdOf(callerSub: string, key: string): string {
  return `idem-${createHash('sha256').update(`${callerSub}\n${key}`).digest('hex').slice(0, 40)}`;
}
