import { ApiProperty } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { CONVERSION_CATEGORIES } from '../../../../../libs/domain/src';
import { PROCESS_STATUSES } from '../../processes/dto/process.responses';

/** What the dashboards answer (conversions/reviews/asgsf read models). */

export class CategoryCount {
  @ApiProperty({ enum: Object.keys(CONVERSION_CATEGORIES) }) key: string;
  @ApiProperty({ example: 'Moving to SGO now' }) label: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) count: number;
}

export class OverdueCounts {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'open cases with an overdue task' }) processes: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) tasks: number;
}

/** Outcomes counted by outcome name (`sgo-made`, `withdrawn`, …) for one financial year. */
const OUTCOME_COUNTS: SchemaObject = {
  type: 'object',
  properties: { financialYear: { type: 'string', example: '2025-26' } },
  required: ['financialYear'],
  additionalProperties: { type: 'integer', minimum: 0 },
  example: { financialYear: '2025-26', 'sgo-made': 3, withdrawn: 1 },
};

export class ConversionsDashboard {
  @ApiProperty({ type: String, nullable: true }) cohort: string | null;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'open (active or paused) conversions' }) open: number;
  @ApiProperty({ type: [CategoryCount] }) categories: CategoryCount[];
  @ApiProperty({ type: 'integer', minimum: 0 }) notYetScreened: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 0 },
    description: 'open conversions by stage',
  })
  byStage: Record<string, number>;
  @ApiProperty({ type: OverdueCounts }) overdue: OverdueCounts;
  @ApiProperty({
    type: 'object',
    properties: { financialYear: { type: 'string', example: '2025-26' } },
    required: ['financialYear'],
    additionalProperties: { type: 'integer', minimum: 0 },
    description: 'closed conversions this financial year, by outcome',
  })
  outcomesThisFinancialYear: Record<string, string | number>;
  @ApiProperty({ type: 'array', items: OUTCOME_COUNTS, description: 'by the order (or closing) date' })
  outcomesByFinancialYear: Record<string, string | number>[];
}

export class ReviewFallingDue {
  @ApiProperty({ format: 'uuid' }) processId: string;
  @ApiProperty({ format: 'uuid' }) childId: string;
  @ApiProperty() childRef: string;
  @ApiProperty({ format: 'date' }) nextAnniversary: string;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) reviewPackDue: string | null;
  @ApiProperty({ enum: PROCESS_STATUSES }) status: string;
  @ApiProperty() stage: string;
  @ApiProperty() suspended: boolean;
  @ApiProperty({ type: 'integer', required: false, minimum: 0 }) weeklyAllowancePence?: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) openTasks: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) overdueTasks: number;
}

export class ReviewsDashboard {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiProperty({ type: [ReviewFallingDue] }) items: ReviewFallingDue[];
  @ApiProperty({ type: 'integer', minimum: 0, description: 'every review in the window, on every page' })
  total: number;
  @ApiProperty({ type: 'integer', required: false, minimum: 1, description: 'the page answered, when paged' })
  page?: number;
  @ApiProperty({ type: 'integer', required: false, minimum: 1, description: 'reviews a page, when paged' })
  pageSize?: number;
}

export class FairAccessLimitView {
  @ApiProperty({ type: 'integer', minimum: 0 }) limitPence: number;
  @ApiProperty({ description: 'whether assessments count inside limitPence' }) assessmentsInsideLimit: boolean;
  @ApiProperty({ type: 'integer', minimum: 0 }) assessmentLimitPence: number;
}

/** What is left for each kind of spending this year (libs/domain remainingAllowance). */
export class LeftPence {
  @ApiProperty({ type: 'integer', description: 'left for therapy' }) therapy: number;
  @ApiProperty({ type: 'integer', description: 'left for specialist assessment' }) assessment: number;
}

export class AsgsfChildSpend {
  @ApiProperty({ format: 'uuid' }) childId: string;
  @ApiProperty() childRef: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: "the fund's money committed" }) committedPence: number;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: "the council's own top-ups above the fair access limit (not the fund's money)",
  })
  councilTopUpPence: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) claimedPence: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) limitPence: number;
  @ApiProperty({ type: LeftPence }) leftPence: LeftPence;
}

export class AsgsfTotals {
  @ApiProperty({ type: 'integer', minimum: 0 }) committedPence: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) claimedPence: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) councilTopUpPence: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) children: number;
}

export class AsgsfDashboard {
  @ApiProperty({ example: '2025-26' }) financialYear: string;
  @ApiProperty({ type: FairAccessLimitView }) limit: FairAccessLimitView;
  @ApiProperty({ type: [AsgsfChildSpend] }) children: AsgsfChildSpend[];
  @ApiProperty({ type: AsgsfTotals }) totals: AsgsfTotals;
}
