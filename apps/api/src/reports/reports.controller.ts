import { BadRequestException, Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { OVERSIGHT } from '../auth/role-groups';
import type { Caller } from '../auth/auth.types';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { isBoundedDate } from '../common/input-limits';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  /**
   * Care episodes a process ended, for the SSDA903 return: CHILD, DEC, REC. Dates are written as
   * the return writes them (DD/MM/YYYY); `from` and `to` (ISO, inclusive) filter on DEC.
   */
  @Roles(...OVERSIGHT)
  @Get('ssda903/episodes-ceased')
  @ApiOperation({ summary: 'SSDA903 episodes ceased by a process (CHILD, DEC, REC) as CSV' })
  @ApiProduces('text/csv')
  @ApiQuery({ name: 'from', required: false, schema: { type: 'string', format: 'date', example: '2025-04-01' } })
  @ApiQuery({ name: 'to', required: false, schema: { type: 'string', format: 'date', example: '2026-03-31' } })
  @ApiOkResponse({
    description: 'one row per care episode a process ended; DEC written DD/MM/YYYY as in the return',
    content: { 'text/csv': { schema: { type: 'string', example: 'CHILD,DEC,REC\n100001,02/06/2025,E45\n' } } },
    headers: {
      'Content-Disposition': {
        description: 'attachment; filename="episodes-ceased.csv"',
        schema: { type: 'string' },
      },
    },
  })
  async episodesCeased(
    @Res({ passthrough: true }) res: Response,
    @CurrentCaller() caller: Caller,
    @Query('from') from?: string,
    @Query('to') to?: string,
  ): Promise<string> {
    for (const [name, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (value !== undefined && !isBoundedDate(value))
        throw new BadRequestException(`${name}: must be a real date such as 2026-03-31, in the years 1900 to 2100`);
    }
    const csv = await this.reports.episodesCeasedCsv(caller, from, to);
    // Set here, on success only: a refusal above stays an application/json ErrorBody.
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="episodes-ceased.csv"');
    return csv;
  }
}
