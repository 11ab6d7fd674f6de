/** Process 2, ASGSF (Adoption and Special Guardianship Support Fund) rules: domain.md §2. Pure, for workflows too. */
export * from './application-timing';
export * from './asgsf-application';
export * from './bank-holidays';
export * from './eligibility';
export * from './fair-access-limit';
export * from './funding-year';
export * from './therapy-dates';
export * from './timescales';
