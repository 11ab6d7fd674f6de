// The workflow-side interceptors (./workflow-interceptors) are not exported here: they are loaded
// by path into the workflow bundle, never imported by Node code.
export * from './request-id-header';
export * from './client-interceptor';
export * from './activity-interceptor';
