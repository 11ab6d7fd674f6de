/** Process 1, conversion of a care order to a Special Guardianship Order (domain.md §1). */
export * from './sgo-conversion';
