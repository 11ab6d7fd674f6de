import type { TemporalConfig } from '../../config/src';

/**
 * Connection options from the one Temporal config: the API's client and the worker both build
 * their connections here, so they cannot disagree (TLS or an API key would be added here too).
 */
export function temporalConnectionOptions(config: TemporalConfig): { address: string } {
  return { address: config.address };
}
