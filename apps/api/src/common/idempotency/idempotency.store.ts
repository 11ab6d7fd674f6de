import { ConflictException, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { DataSource } from 'typeorm';

export type Claim =
  { kind: 'first' } | { kind: 'retry-of-unknown' } | { kind: 'replay'; statusCode: number; response: unknown };

interface KeyRow {
  request_hash: string;
  state: 'in-flight' | 'answered' | 'unknown';
  status_code: number | null;
  response: unknown;
  lapsed: boolean;
}

/** The idempotency_keys table: who holds a key, and what the request it was first used for answered. */
@Injectable()
export class IdempotencyStore {
  constructor(private readonly db: DataSource) {}

  /**
   * Takes the key for this attempt, or says why not. The insert decides between parallel first
   * attempts: exactly one inserts, the others find its row in flight (409). A row in flight past
   * its lease belongs to an API process that died mid-request, and is taken over like an unknown one.
   */
  async claim(callerSub: string, key: string, route: string, requestHash: string, leaseMs: number): Promise<Claim> {
    const inserted: unknown[] = await this.db.query(
      `INSERT INTO idempotency_keys (caller_sub, key, request_hash, route, state, lease_until)
       VALUES ($1, $2, $3, $4, 'in-flight', now() + $5 * interval '1 millisecond')
       ON CONFLICT (caller_sub, key) DO NOTHING RETURNING key`,
      [callerSub, key, requestHash, route, leaseMs],
    );
    if (inserted.length) return { kind: 'first' };
    const [row]: KeyRow[] = await this.db.query(
      `SELECT request_hash, state, status_code, response, lease_until < now() AS lapsed
       FROM idempotency_keys WHERE caller_sub = $1 AND key = $2`,
      [callerSub, key],
    );
    if (!row) throw inFlight();
    if (row.request_hash !== requestHash) {
      throw new UnprocessableEntityException(
        'This Idempotency-Key was first sent with a different request (another route or body); send a new request with a new key',
      );
    }
    if (row.state === 'answered') return { kind: 'replay', statusCode: row.status_code!, response: row.response };
    if (row.state === 'in-flight' && !row.lapsed) throw inFlight();
    const taken: unknown[] = await this.db.query(
      `WITH taken AS (
         UPDATE idempotency_keys SET state = 'in-flight', lease_until = now() + $3 * interval '1 millisecond'
         WHERE caller_sub = $1 AND key = $2 AND (state = 'unknown' OR (state = 'in-flight' AND lease_until < now()))
         RETURNING key)
       SELECT key FROM taken`,
      [callerSub, key, leaseMs],
    );
    if (!taken.length) throw inFlight();
    return { kind: 'retry-of-unknown' };
  }

  /** The answer, kept for every later attempt with the key. */
  async answer(callerSub: string, key: string, statusCode: number, response: unknown): Promise<void> {
    await this.db.query(
      `UPDATE idempotency_keys SET state = 'answered', status_code = $3, response = $4, answered_at = now()
       WHERE caller_sub = $1 AND key = $2`,
      [callerSub, key, statusCode, JSON.stringify(response ?? null)],
    );
  }

  /** No answer that can be trusted (a 503, a crash): the next attempt checks what happened. */
  async unknown(callerSub: string, key: string): Promise<void> {
    await this.db.query(`UPDATE idempotency_keys SET state = 'unknown' WHERE caller_sub = $1 AND key = $2`, [
      callerSub,
      key,
    ]);
  }
}

function inFlight(): ConflictException {
  return new ConflictException(
    'A request with this Idempotency-Key is still in flight; send it again once that one has answered',
  );
}
