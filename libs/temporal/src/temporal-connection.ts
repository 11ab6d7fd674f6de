import { readFileSync } from 'node:fs';
import type { TLSConfig } from '@temporalio/common/lib/internal-non-workflow';
import { temporalConfig } from './temporal-config';

/** What both `Connection` (API, tests) and `NativeConnection` (worker) take: address, TLS / mTLS, API key. */
export interface TemporalConnectionSettings {
  address: string;
  tls?: TLSConfig;
  apiKey?: string;
}

/**
 * Reads the Temporal connection settings, next to `temporalConfig`, so the API and the worker
 * connect the same way:
 * - `TEMPORAL_TLS_CA`: the server's CA certificate (PEM, inline or a file path); turns TLS on.
 * - `TEMPORAL_TLS_CERT` + `TEMPORAL_TLS_KEY`: client certificate and key for mTLS (PEM, inline or path).
 * - `TEMPORAL_TLS_SERVER_NAME`: the name to check the server's certificate against (SNI override).
 * - `TEMPORAL_TLS=true`: TLS with the system's trusted CAs and no other setting (e.g. Temporal Cloud).
 * - `TEMPORAL_API_KEY`: sent as a bearer token on every call; implies TLS unless `TEMPORAL_TLS=false`.
 */
export function temporalConnectionSettings(env: NodeJS.ProcessEnv = process.env): TemporalConnectionSettings {
  const { address } = temporalConfig(env);
  const ca = pem(env, 'TEMPORAL_TLS_CA');
  const cert = pem(env, 'TEMPORAL_TLS_CERT');
  const key = pem(env, 'TEMPORAL_TLS_KEY');
  const serverName = env.TEMPORAL_TLS_SERVER_NAME?.trim() || undefined;
  const apiKey = env.TEMPORAL_API_KEY?.trim() || undefined;
  if (!!cert !== !!key) throw new Error('TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY must be set together (mTLS)');
  const tlsFlag = env.TEMPORAL_TLS?.trim().toLowerCase();
  const wantsTls =
    tlsFlag === 'true' || tlsFlag === '1' || (tlsFlag !== 'false' && (!!ca || !!cert || !!serverName || !!apiKey));
  if (tlsFlag === 'false' && (ca || cert || serverName)) {
    throw new Error('TEMPORAL_TLS=false contradicts TEMPORAL_TLS_CA / _CERT / _SERVER_NAME');
  }
  const tls: TLSConfig | undefined = wantsTls
    ? {
        ...(ca ? { serverRootCACertificate: ca } : {}),
        ...(cert && key ? { clientCertPair: { crt: cert, key } } : {}),
        ...(serverName ? { serverNameOverride: serverName } : {}),
      }
    : undefined;
  return { address, ...(tls ? { tls } : {}), ...(apiKey ? { apiKey } : {}) };
}

/** A PEM value given inline (starts with `-----BEGIN`) or as a path to a file. */
function pem(env: NodeJS.ProcessEnv, name: string): Buffer | undefined {
  const value = env[name]?.trim();
  if (!value) return undefined;
  if (value.startsWith('-----BEGIN')) return Buffer.from(value.replace(/\\n/g, '\n'));
  try {
    return readFileSync(value);
  } catch (err) {
    throw new Error(`${name}: cannot read ${value} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
