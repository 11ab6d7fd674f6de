export * from './temporal-config';
export * from './temporal-client.module';
