import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AsgsfDashboard, ConversionsDashboard, ReviewsDashboard } from './dto/dashboard.responses';
import { instantToDate } from '../../../../libs/domain/src';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { FINANCE_OVERSIGHT, OVERSIGHT } from '../auth/role-groups';
import type { Caller } from '../auth/auth.types';
import { isBoundedDate, MAX_YEAR, MIN_YEAR } from '../common/input-limits';
import { DEFAULT_PAGE_SIZE, MAX_PAGE, MAX_PAGE_SIZE } from '../common/paging';
import { ApiErrors } from '../openapi/error-body';
import { ConversionsDashboardReadModel } from './conversions.read-model';
import { ReviewsDashboardReadModel } from './reviews.read-model';
import { AsgsfDashboardReadModel } from './asgsf.read-model';

/** The managers' dashboards. The class name is in the OpenAPI operationIds (DashboardController_…). */
@ApiTags('dashboards')
@ApiBearerAuth()
@Controller('dashboard')
export class DashboardController {
  constructor(
    private readonly conversions: ConversionsDashboardReadModel,
    private readonly reviews: ReviewsDashboardReadModel,
    private readonly asgsf: AsgsfDashboardReadModel,
  ) {}

  /** Counts by screening category and stage, overdue work, and outcomes per financial year. */
  @Roles(...OVERSIGHT)
  @Get('conversions')
  @ApiOperation({ summary: 'The SGO conversion programme: categories, stages, overdue work, outcomes per year' })
  @ApiQuery({
    name: 'cohort',
    required: false,
    schema: { type: 'string', pattern: '^[\\w .-]{1,64}$', example: 'stockton-2025' },
  })
  @ApiOkResponse({ type: ConversionsDashboard })
  conversionsDashboard(@CurrentCaller() caller: Caller, @Query('cohort') cohort?: string) {
    if (cohort !== undefined && !/^[\w .-]{1,64}$/.test(cohort))
      throw new BadRequestException('cohort: 1 to 64 letters, digits, spaces, dots or dashes');
    return this.conversions.summary(cohort, caller);
  }

  /** ASGSF commitments and claims per child against the fair access limit, for one financial year. */
  @Roles(...FINANCE_OVERSIGHT)
  @Get('asgsf')
  @ApiOperation({ summary: 'ASGSF spend and commitments per child against the fair access limit' })
  @ApiQuery({
    name: 'financialYear',
    required: true,
    description: 'the year starting in April of this year',
    schema: { type: 'integer', minimum: MIN_YEAR, maximum: MAX_YEAR, example: 2025 },
  })
  @ApiOkResponse({ type: AsgsfDashboard })
  @ApiErrors(422)
  asgsfDashboard(@CurrentCaller() caller: Caller, @Query('financialYear') financialYear?: string) {
    if (
      !financialYear ||
      !/^\d{4}$/.test(financialYear) ||
      Number(financialYear) < MIN_YEAR ||
      Number(financialYear) > MAX_YEAR
    )
      throw new BadRequestException('financialYear: the year the financial year starts in, such as 2025');
    return this.asgsf.year(Number(financialYear), caller);
  }

  /**
   * Allowance reviews whose anniversary falls between `from` and `to` (default: the next 90 days),
   * soonest first. A page of them when `page` or `pageSize` is given; every one without either.
   */
  @Roles(...FINANCE_OVERSIGHT)
  @Get('reviews')
  @ApiOperation({ summary: 'Allowance reviews whose anniversary falls in a window, with their state' })
  @ApiQuery({ name: 'from', required: false, schema: { type: 'string', format: 'date', example: '2026-12-01' } })
  @ApiQuery({ name: 'to', required: false, schema: { type: 'string', format: 'date', example: '2027-02-28' } })
  @ApiQuery({
    name: 'page',
    required: false,
    description: 'the page to answer, from 1 (pages of `pageSize`); `total` still counts the whole window',
    schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 },
  })
  @ApiQuery({
    name: 'pageSize',
    required: false,
    description:
      'reviews a page (default 50 when `page` is given). Without `page` or `pageSize` every review in the window is answered',
    schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE },
  })
  @ApiOkResponse({ type: ReviewsDashboard })
  reviewsDashboard(
    @CurrentCaller() caller: Caller,
    @Query('from') from?: string,
    @Query('to') to?: string,
    @Query('page') page?: string,
    @Query('pageSize') pageSize?: string,
  ) {
    const today = new Date();
    const start = from ?? instantToDate(today);
    const end = to ?? instantToDate(new Date(today.getTime() + 90 * 86_400_000));
    for (const [name, value] of [
      ['from', start],
      ['to', end],
    ] as const) {
      if (!isBoundedDate(value))
        throw new BadRequestException(`${name}: must be a real date such as 2026-12-01, in the years 1900 to 2100`);
    }
    if (start > end) throw new BadRequestException('from: must not be after to');
    const paging =
      page === undefined && pageSize === undefined
        ? undefined
        : {
            page: page === undefined ? 1 : wholeNumber('page', page, MAX_PAGE),
            pageSize: pageSize === undefined ? DEFAULT_PAGE_SIZE : wholeNumber('pageSize', pageSize, MAX_PAGE_SIZE),
          };
    return this.reviews.fallingDue(start, end, caller, paging);
  }
}

/** A query parameter that must be a whole number from 1 to `max` (400 naming it otherwise). */
function wholeNumber(name: string, value: unknown, max: number): number {
  const n = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= max)) throw new BadRequestException(`${name}: must be a whole number from 1 to ${max}`);
  return n;
}
