export * from './temporal-connection';
export * from './temporal-client.module';
export * from './codec';
export * from './request-id';
