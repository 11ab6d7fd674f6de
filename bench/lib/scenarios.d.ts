// Types for the part of scenarios.js the bench smoke (test/integration/bench-smoke.spec.ts) uses.
export function conversionInput(dist: { policy: unknown }, childId: string): Record<string, unknown>;
