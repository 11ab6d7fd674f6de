import type { TemporalConfig, TemporalTls } from '../../config/src';

/** What both `Connection` (API, tests) and `NativeConnection` (worker) take: address, TLS / mTLS, API key. */
export interface TemporalConnectionOptions {
  address: string;
  tls?: TemporalTls;
  apiKey?: string;
}

/**
 * Connection options from the one Temporal config: the API's client and the worker both build
 * their connections here, so they cannot disagree.
 */
export function temporalConnectionOptions(config: TemporalConfig): TemporalConnectionOptions {
  return {
    address: config.address,
    ...(config.tls ? { tls: config.tls } : {}),
    ...(config.apiKey ? { apiKey: config.apiKey } : {}),
  };
}
