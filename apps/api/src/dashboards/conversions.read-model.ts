import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONVERSION_CATEGORIES, SGO_STAGES, financialYearOf, instantToDate } from '../../../../libs/domain/src';
import type { Caller } from '../auth/auth.types';
import { caseloadArgs, visibleSql } from '../common/caseload';

const fyLabel = (year: number) => `${year}-${String((year + 1) % 100).padStart(2, '0')}`;

/** The conversion programme at a glance, from the read model (API.md "Dashboards"). */
@Injectable()
export class ConversionsDashboardReadModel {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts only the caller's caseload. */
  async summary(cohort: string | undefined, caller: Caller, today = instantToDate(new Date())) {
    const scope = `FROM processes p JOIN children c ON c.id = p.child_id WHERE p.type = 'sgo-conversion' AND ($1::text IS NULL OR c.cohort = $1) AND ${visibleSql('c.id', 2)}`;
    const params = [cohort ?? null, ...caseloadArgs(caller)];
    const open = `${scope} AND p.status IN ('active', 'paused')`;
    const [categoryRows, stageRows, [overdue], closedRows] = await Promise.all([
      this.dataSource.query(`SELECT p.category, count(*)::int AS n ${open} GROUP BY p.category`, params),
      this.dataSource.query(`SELECT p.stage, count(*)::int AS n ${open} GROUP BY p.stage`, params),
      this.dataSource.query(
        `SELECT count(DISTINCT p.id)::int AS processes, count(t.id)::int AS tasks
         ${open.replace('WHERE', `JOIN tasks t ON t.process_id = p.id AND t.status = 'open' AND t.due_at < now() WHERE`)}`,
        params,
      ),
      this.dataSource.query(
        `SELECT p.outcome, coalesce(p.data->>'orderDate', to_char(p.closed_at, 'YYYY-MM-DD')) AS decided_on ${scope} AND p.status IN ('completed', 'withdrawn')`,
        params,
      ),
    ]);
    const countOf = (rows: { n: number }[], key: string, value: string | null) =>
      rows.find((r) => (r as Record<string, unknown>)[key] === value)?.n ?? 0;
    const categories = Object.entries(CONVERSION_CATEGORIES).map(([key, label]) => ({
      key,
      label,
      count: countOf(categoryRows, 'category', key),
    }));
    const byStage = Object.fromEntries(
      SGO_STAGES.filter((s) => s !== 'closed').map((stage) => [stage, countOf(stageRows, 'stage', stage)]),
    );
    const outcomes = new Map<string, Record<string, number>>();
    for (const row of closedRows as { outcome: string; decided_on: string }[]) {
      const year = fyLabel(financialYearOf(row.decided_on));
      const counts = outcomes.get(year) ?? {};
      counts[row.outcome] = (counts[row.outcome] ?? 0) + 1;
      outcomes.set(year, counts);
    }
    const outcomesByFinancialYear = [...outcomes.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([financialYear, counts]) => ({ financialYear, ...counts }));
    const thisYear = fyLabel(financialYearOf(today));
    return {
      cohort: cohort ?? null,
      open: categoryRows.reduce((sum: number, r: { n: number }) => sum + r.n, 0),
      categories,
      notYetScreened: countOf(categoryRows, 'category', null),
      byStage,
      overdue,
      outcomesThisFinancialYear: { financialYear: thisYear, ...(outcomes.get(thisYear) ?? {}) },
      outcomesByFinancialYear,
    };
  }
}
