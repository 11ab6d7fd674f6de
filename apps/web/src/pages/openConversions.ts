import { api } from '../api';
import { isOverdue } from '../format';
import type { List, Process } from '../types';

// The API allows at most 200 a page.
const PAGE = 200;

/** Every open (active or paused) conversion, from the read model. */
export async function loadOpenConversions(): Promise<Process[]> {
  const all: Process[] = [];
  for (const status of ['active', 'paused']) {
    for (let page = 1; ; page++) {
      const res = await api<List<Process>>(
        `/processes?type=sgo-conversion&status=${status}&pageSize=${PAGE}&page=${page}`,
      );
      all.push(...res.items);
      if (page * PAGE >= res.total || res.items.length === 0) break;
    }
  }
  return all;
}

/** As the API's `overdue=true`: an open task past its due date. */
export const hasOverdueTask = (p: Process): boolean => p.openTasks.some((t) => isOverdue(t.dueAt));

/** The soonest of a case's due dates, with what it is for. */
export function nextDue(p: Process): { what: string; when: string } | undefined {
  const [first] = Object.entries(p.dueDates ?? {}).sort(([, a], [, b]) => a.localeCompare(b));
  return first ? { what: first[0], when: first[1] } : undefined;
}
