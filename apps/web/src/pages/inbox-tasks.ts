import { isOverdue } from '../format';
import { SGO_STAGES } from '../labels';
import type { Task } from '../types';

export type Sort = 'due' | 'stage' | 'newest';
export interface InboxFilter {
  overdueOnly: boolean;
  stage: string;
  sort: Sort;
}
export const NO_FILTER: InboxFilter = { overdueOnly: false, stage: '', sort: 'due' };

/**
 * One card per task: the API answers a task once per list it is in (assigned to me, and each of my
 * roles that may do it), so mine come first and the teams' lists drop any task already shown.
 */
export function oneCardPerTask(mine: Task[], byRole: Task[][]): { mine: Task[]; team: Task[] } {
  const seen = new Set(mine.map((t) => t.id));
  const team: Task[] = [];
  for (const t of byRole.flat()) {
    if (seen.has(t.id)) continue;
    seen.add(t.id);
    team.push(t);
  }
  return { mine, team };
}

const stageOrder = (stage: string) => {
  const i = (SGO_STAGES as readonly string[]).indexOf(stage);
  return i === -1 ? SGO_STAGES.length : i;
};

export function applyFilter(tasks: Task[], f: InboxFilter, now = Date.now()): Task[] {
  const kept = tasks.filter((t) => (!f.overdueOnly || isOverdue(t.dueAt, now)) && (!f.stage || t.stage === f.stage));
  const byDue = (a: Task, b: Task) => a.dueAt.localeCompare(b.dueAt);
  const compare: Record<Sort, (a: Task, b: Task) => number> = {
    due: byDue,
    stage: (a, b) => stageOrder(a.stage) - stageOrder(b.stage) || a.stage.localeCompare(b.stage) || byDue(a, b),
    newest: (a, b) => b.createdAt.localeCompare(a.createdAt),
  };
  return [...kept].sort(compare[f.sort]);
}
