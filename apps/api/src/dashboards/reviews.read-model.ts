import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '../auth/auth.types';
import { caseloadArgs, visibleSql } from '../common/caseload';

/** Allowance reviews falling due in a window, with where each one is (API.md "Dashboards"). */
@Injectable()
export class ReviewsDashboardReadModel {
  constructor(private readonly dataSource: DataSource) {}

  async fallingDue(from: string, to: string, caller: Caller) {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT p.id, p.child_id, c.child_ref, p.status, p.stage, p.data, p.due_dates,
              (SELECT count(*)::int FROM tasks t WHERE t.process_id = p.id AND t.status = 'open') AS open_tasks,
              (SELECT count(*)::int FROM tasks t WHERE t.process_id = p.id AND t.status = 'open' AND t.due_at < now()) AS overdue_tasks
       FROM processes p JOIN children c ON c.id = p.child_id
       WHERE p.type = 'allowance-review' AND p.status IN ('active', 'paused')
         AND (p.data->>'nextAnniversary')::timestamptz >= $1::date AND (p.data->>'nextAnniversary')::timestamptz < ($2::date + 1)
         AND ${visibleSql('c.id', 3)}
       ORDER BY (p.data->>'nextAnniversary')::timestamptz`,
      [from, to, ...caseloadArgs(caller)],
    );
    const items = rows.map((r) => {
      const data = r.data as Record<string, unknown>;
      const dueDates = r.due_dates as Record<string, string>;
      return {
        processId: r.id,
        childId: r.child_id,
        childRef: r.child_ref,
        nextAnniversary: String(data.nextAnniversary).slice(0, 10),
        reviewPackDue: dueDates['review-pack']?.slice(0, 10) ?? null,
        status: r.status,
        stage: r.stage,
        suspended: data.suspended === true,
        weeklyAllowancePence: data.weeklyAllowancePence,
        openTasks: r.open_tasks,
        overdueTasks: r.overdue_tasks,
      };
    });
    return { from, to, items, total: items.length };
  }
}
