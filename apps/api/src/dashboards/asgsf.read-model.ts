import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { fairAccessLimitFor, financialYearLabel, remainingAllowance, type Policy } from '../../../../libs/domain/src';
import type { Caller } from '../auth/auth.types';
import { caseloadArgs, visibleSql } from '../common/caseload';
import { POLICY } from '../policy/policy.provider';

/** ASGSF money per child in a financial year against the fair access limit (API.md "Dashboards"). */
@Injectable()
export class AsgsfDashboardReadModel {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(POLICY) private readonly policy: Policy,
  ) {}

  async year(financialYear: number, caller: Caller) {
    const limits = this.policy.asgsf.fairAccessLimits;
    const rule = fairAccessLimitFor(financialYear, limits);
    const rows: {
      child_id: string;
      child_ref: string;
      kind: 'therapy' | 'assessment' | 'council-top-up';
      committed: number;
      claimed: number;
    }[] = await this.dataSource.query(
      `SELECT c.id AS child_id, c.child_ref, m.kind, sum(m.amount_pence)::int AS committed,
              coalesce(sum((SELECT sum(amount_pence) FROM asgsf_claims k WHERE k.process_id = m.process_id)), 0)::int AS claimed
       FROM asgsf_commitments m JOIN children c ON c.id = m.child_id
       WHERE m.financial_year = $1 AND ${visibleSql('c.id', 2)} GROUP BY c.id, c.child_ref, m.kind ORDER BY c.child_ref`,
      [financialYear, ...caseloadArgs(caller)],
    );
    const byChild = new Map<
      string,
      {
        childId: string;
        childRef: string;
        commitments: { kind: 'therapy' | 'assessment'; amountPence: number }[];
        councilTopUpPence: number;
        claimedPence: number;
      }
    >();
    for (const r of rows) {
      const child = byChild.get(r.child_id) ?? {
        childId: r.child_id,
        childRef: r.child_ref,
        commitments: [],
        councilTopUpPence: 0,
        claimedPence: 0,
      };
      // The council's own top-ups are shown beside the fund's money, never against its limit.
      if (r.kind === 'council-top-up') child.councilTopUpPence += r.committed;
      else {
        child.commitments.push({ kind: r.kind, amountPence: r.committed });
        child.claimedPence += r.claimed;
      }
      byChild.set(r.child_id, child);
    }
    const children = [...byChild.values()].map((c) => {
      const allowance = remainingAllowance({ financialYear, priorCommitments: c.commitments, limits });
      const committedPence = c.commitments.reduce((sum, x) => sum + x.amountPence, 0);
      return {
        childId: c.childId,
        childRef: c.childRef,
        committedPence,
        councilTopUpPence: c.councilTopUpPence,
        claimedPence: c.claimedPence,
        limitPence: rule.limitPence,
        leftPence: allowance.leftPence,
      };
    });
    return {
      financialYear: financialYearLabel(financialYear),
      limit: {
        limitPence: rule.limitPence,
        assessmentsInsideLimit: rule.assessmentsInsideLimit,
        assessmentLimitPence: rule.assessmentLimitPence,
      },
      children,
      totals: {
        committedPence: children.reduce((s, c) => s + c.committedPence, 0),
        claimedPence: children.reduce((s, c) => s + c.claimedPence, 0),
        councilTopUpPence: children.reduce((s, c) => s + c.councilTopUpPence, 0),
        children: children.length,
      },
    };
  }
}
