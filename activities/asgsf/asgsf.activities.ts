import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AsgsfQuoteContext } from '../../libs/domain/src';
import { resolveTexts } from '../../libs/persistence/src/process-texts';

/** The fund's records: approved providers, commitments, claims and the anonymised application. */
@Injectable()
export class AsgsfActivities {
  constructor(private readonly dataSource: DataSource) {}

  /** What a quote is checked against, read when the quote task opens. */
  async loadQuoteContext(input: { childId: string; excludingProcessId: string }): Promise<AsgsfQuoteContext> {
    const providers: { id: string }[] = await this.dataSource.query(`SELECT id FROM asgsf_providers WHERE active`);
    const commitments: { kind: 'therapy' | 'assessment'; amount_pence: number; financial_year: number }[] =
      await this.dataSource.query(
        // A council's own top-up is not the fund's money and does not count against the limit.
        `SELECT kind, amount_pence, financial_year FROM asgsf_commitments
         WHERE child_id = $1 AND process_id <> $2 AND kind <> 'council-top-up'`,
        [input.childId, input.excludingProcessId],
      );
    return {
      approvedProviderIds: providers.map((p) => p.id),
      priorCommitments: commitments.map((c) => ({
        kind: c.kind,
        amountPence: c.amount_pence,
        financialYear: c.financial_year,
      })),
    };
  }

  /** The fund's approval, counted against the child's fair access limit for that year. One per key. */
  async recordCommitment(input: {
    key: string;
    processId: string;
    childId: string;
    financialYear: number;
    kind: string;
    amountPence: number;
  }): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO asgsf_commitments (idempotency_key, process_id, child_id, financial_year, kind, amount_pence) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (idempotency_key) DO NOTHING`,
      [input.key, input.processId, input.childId, input.financialYear, input.kind, input.amountPence],
    );
  }

  async recordClaim(input: { key: string; processId: string; month: string; amountPence: number }): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO asgsf_claims (idempotency_key, process_id, month, amount_pence) VALUES ($1, $2, $3, $4) ON CONFLICT (idempotency_key) DO NOTHING`,
      [input.key, input.processId, input.month, input.amountPence],
    );
  }

  /**
   * The application as the fund receives it: anonymised, so no names; the child appears by age and
   * the application's reference only.
   */
  async recordApplication(input: { key: string; processId: string; body: string }): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO documents (idempotency_key, process_id, kind, title, body) VALUES ($1, $2, 'asgsf-application', 'ASGSF application (anonymised)', $3)
       ON CONFLICT (idempotency_key) DO NOTHING`,
      // The recommendation reaches the workflow as a reference: its words are filled in here.
      [input.key, input.processId, await resolveTexts(this.dataSource, input.processId, input.body)],
    );
  }
}
