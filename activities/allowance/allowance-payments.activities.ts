import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Changes to what a special guardian is paid, for finance systems to act on. */
@Injectable()
export class AllowancePaymentsActivities {
  constructor(private readonly dataSource: DataSource) {}

  /** Records one payment change; the key makes a retry a no-op, so no payment is changed twice. */
  async recordPaymentChange(input: {
    key: string;
    processId: string;
    childId: string;
    change: 'start' | 'continue' | 'vary' | 'suspend' | 'resume' | 'end';
    weeklyPence: number;
    effectiveDate: string;
  }): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO allowance_payments (idempotency_key, process_id, child_id, change, weekly_pence, effective_date)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (idempotency_key) DO NOTHING`,
      [input.key, input.processId, input.childId, input.change, input.weeklyPence, input.effectiveDate],
    );
  }
}
