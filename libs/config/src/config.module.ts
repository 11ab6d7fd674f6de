import { Global, Module, type DynamicModule, type Provider, type Type } from '@nestjs/common';
import {
  AuthConfig,
  CodecEndpointConfig,
  DatabaseConfig,
  HttpConfig,
  MailConfig,
  PolicyConfig,
  TemporalConfig,
  WorkerRuntimeConfig,
  loadApiConfig,
  loadWorkerConfig,
  type ApiConfig,
  type WorkerConfig,
} from './config';

const API_CONFIG = Symbol('API_CONFIG');
const WORKER_CONFIG = Symbol('WORKER_CONFIG');

/** One section under its own class token, taken from the loaded whole. */
function section<T>(token: Type, root: symbol, pick: (config: T) => unknown): Provider {
  return { provide: token, inject: [root], useFactory: pick };
}

/**
 * The validated configuration as injectable classes (`constructor(private readonly temporal: TemporalConfig)`),
 * so no service reads the environment. Loaded when the application is created, not when imported.
 */
@Global()
@Module({})
export class ConfigModule {
  /** The API's sections. Pass a config already loaded (createApp does) or let it load at init. */
  static forApi(config?: ApiConfig): DynamicModule {
    const providers = [
      { provide: API_CONFIG, useFactory: () => config ?? loadApiConfig() },
      section<ApiConfig>(DatabaseConfig, API_CONFIG, (c) => c.database),
      section<ApiConfig>(TemporalConfig, API_CONFIG, (c) => c.temporal),
      section<ApiConfig>(AuthConfig, API_CONFIG, (c) => c.auth),
      section<ApiConfig>(HttpConfig, API_CONFIG, (c) => c.http),
      section<ApiConfig>(PolicyConfig, API_CONFIG, (c) => c.policy),
      section<ApiConfig>(CodecEndpointConfig, API_CONFIG, (c) => c.codec),
    ];
    return {
      module: ConfigModule,
      providers,
      exports: [DatabaseConfig, TemporalConfig, AuthConfig, HttpConfig, PolicyConfig, CodecEndpointConfig],
    };
  }

  /** The worker's sections. */
  static forWorker(config?: WorkerConfig): DynamicModule {
    const providers = [
      { provide: WORKER_CONFIG, useFactory: () => config ?? loadWorkerConfig() },
      section<WorkerConfig>(DatabaseConfig, WORKER_CONFIG, (c) => c.database),
      section<WorkerConfig>(TemporalConfig, WORKER_CONFIG, (c) => c.temporal),
      section<WorkerConfig>(MailConfig, WORKER_CONFIG, (c) => c.mail),
      section<WorkerConfig>(WorkerRuntimeConfig, WORKER_CONFIG, (c) => c.runtime),
    ];
    return {
      module: ConfigModule,
      providers,
      exports: [DatabaseConfig, TemporalConfig, MailConfig, WorkerRuntimeConfig],
    };
  }
}
