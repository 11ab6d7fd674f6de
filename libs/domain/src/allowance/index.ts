/** Process 3, the special guardian's allowance review (domain.md §3): pure rules, safe inside workflows. */
export * from './allowance-review';
export * from './assessment-period';
export * from './council-fostering-allowance';
export * from './fostering-allowance';
export * from './means-test';
export * from './means-test-policy';
export * from './review-dates';
export * from './transitional-remuneration';
