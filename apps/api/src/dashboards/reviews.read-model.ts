import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { dateToInstant, instantToDate } from '../../../../libs/domain/src';
import type { Caller } from '../auth/auth.types';
import { caseloadArgs, visibleSql } from '../common/caseload';

/** A page of the answer: `page` from 1, `pageSize` rows. */
export interface ReviewsPage {
  page: number;
  pageSize: number;
}

/**
 * The open reviews whose next anniversary is in [$1, $2): from the first day to the day after the
 * last. `nextAnniversary` is an ISO instant in UTC (`toISOString()`), so its text in the C
 * collation orders as the instant does and the window is compared as text: the partial index
 * `processes_review_anniversary` (migration 1764830000000-read-indexes) finds it, in order, without
 * reading every process's JSON. Both bounds are constants, so the planner knows the window's size.
 */
const ANNIVERSARY = `(p.data->>'nextAnniversary') COLLATE "C"`;
const IN_WINDOW = `FROM processes p
  WHERE p.type = 'allowance-review' AND p.status IN ('active', 'paused')
    AND ${ANNIVERSARY} >= $1::text AND ${ANNIVERSARY} < $2::text
    AND ${visibleSql('p.child_id', 3)}`;

interface ReviewRow {
  id: string;
  child_id: string;
  child_ref: string;
  status: string;
  stage: string;
  next_anniversary: string;
  review_pack: string | null;
  suspended: boolean;
  weekly_allowance_pence: number | null;
  open_tasks: number;
  overdue_tasks: number;
}

/** Allowance reviews falling due in a window, with where each one is (API.md "Dashboards"). */
@Injectable()
export class ReviewsDashboardReadModel {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Soonest anniversary first. With `paging`, that page and `total` over the whole window (two
   * queries at once); without, every review in the window, as before paging existed. Each row's
   * open and overdue tasks are counted in one index probe (a lateral join), only for the rows answered.
   */
  async fallingDue(from: string, to: string, caller: Caller, paging?: ReviewsPage) {
    const dayAfter = instantToDate(new Date(dateToInstant(to).getTime() + 86_400_000));
    const params: unknown[] = [from, dayAfter, ...caseloadArgs(caller)];
    const limit = paging ? `LIMIT ${paging.pageSize} OFFSET ${(paging.page - 1) * paging.pageSize}` : '';
    const rowsQuery = this.dataSource.query<ReviewRow[]>(
      `SELECT d.*, c.child_ref, t.open_tasks, t.overdue_tasks
       FROM (SELECT p.id, p.child_id, p.status, p.stage, ${ANNIVERSARY} AS next_anniversary,
                    p.due_dates->>'review-pack' AS review_pack,
                    coalesce(p.data->'suspended' = 'true', false) AS suspended,
                    p.data->'weeklyAllowancePence' AS weekly_allowance_pence
             ${IN_WINDOW}
             ORDER BY ${ANNIVERSARY}, p.id ${limit}) d
       JOIN children c ON c.id = d.child_id
       CROSS JOIN LATERAL (
         SELECT count(*)::int AS open_tasks, (count(*) FILTER (WHERE t.due_at < now()))::int AS overdue_tasks
         FROM tasks t WHERE t.process_id = d.id AND t.status = 'open') t
       ORDER BY d.next_anniversary, d.id`,
      params,
    );
    const [rows, total] = await Promise.all([
      rowsQuery,
      paging
        ? this.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n ${IN_WINDOW}`, params).then(([r]) => r.n)
        : undefined,
    ]);
    const items = rows.map((r) => ({
      processId: r.id,
      childId: r.child_id,
      childRef: r.child_ref,
      nextAnniversary: r.next_anniversary.slice(0, 10),
      reviewPackDue: r.review_pack?.slice(0, 10) ?? null,
      status: r.status,
      stage: r.stage,
      suspended: r.suspended,
      weeklyAllowancePence: r.weekly_allowance_pence ?? undefined,
      openTasks: r.open_tasks,
      overdueTasks: r.overdue_tasks,
    }));
    return { from, to, items, total: total ?? items.length, ...(paging ?? {}) };
  }
}
