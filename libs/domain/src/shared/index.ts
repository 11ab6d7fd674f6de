/**
 * What every process shares: dates, durations, money, policy, roles, errors, SSDA903 codes, human
 * tasks and the process record. Browser-safe. The Temporal message definitions (`./messages`) and
 * search attributes (`./search-attributes`) need the Temporal SDK, so they are imported by path.
 */
export * from './dates';
export * from './duration';
export * from './errors';
export * from './event-roles';
export * from './human-task';
export * from './money';
export * from './policy';
export * from './process';
export * from './roles';
export * from './routes';
export * from './ssda903';
export * from './ssda903-code-lists';
export * from './permanent-failures';
export * from './free-text';
export * from './failed-case-review';
