import { isOverdue } from '../format';
import type { Process } from '../types';

/** As the API's `overdue=true`: an open task past its due date. */
export const hasOverdueTask = (p: Process): boolean => p.openTasks.some((t) => isOverdue(t.dueAt));

/** The soonest of a case's due dates, with what it is for. */
export function nextDue(p: Process): { what: string; when: string } | undefined {
  const [first] = Object.entries(p.dueDates ?? {}).sort(([, a], [, b]) => a.localeCompare(b));
  return first ? { what: first[0], when: first[1] } : undefined;
}
