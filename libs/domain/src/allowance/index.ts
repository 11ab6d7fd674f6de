/** Process 3, the special guardian's allowance review (domain.md §3): pure rules, safe inside workflows. */
export * from './fostering-allowance';
export * from './means-test';
export * from './means-test-policy';
// Not `assertPence`: the ASGSF module exports one of the same name from libs/domain.
export { convertPeriod, divideRounded, percentOf } from './money';
export type { AssessmentPeriod, RoundingDirection } from './money';
export * from './review-cycle';
export * from './transitional-remuneration';
