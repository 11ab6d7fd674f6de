/**
 * Pure rules and types, one folder per process plus what they share. Safe in workflows and in the
 * browser: nothing here reads the clock, the environment or the network.
 */
export * from './shared';
export * from './sgo-conversion';
export * from './asgsf';
export * from './allowance';
export * from './lifelong-links';
