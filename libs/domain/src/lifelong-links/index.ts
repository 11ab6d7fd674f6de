/** Process 4, a Lifelong Links search the young person leads (domain.md §4). */
export * from './lifelong-links';
