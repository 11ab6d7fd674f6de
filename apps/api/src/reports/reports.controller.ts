import { BadRequestException, Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { isIsoDate } from '../../../../libs/domain/src';

const toSsdaDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Care episodes a process ended, for the SSDA903 return: CHILD, DEC, REC. Dates are written as
   * the return writes them (DD/MM/YYYY); `from` and `to` (ISO, inclusive) filter on DEC.
   */
  @Get('ssda903/episodes-ceased')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="episodes-ceased.csv"')
  @ApiProduces('text/csv')
  @ApiQuery({ name: 'from', required: false, example: '2025-04-01' })
  @ApiQuery({ name: 'to', required: false, example: '2026-03-31' })
  async episodesCeased(@Query('from') from?: string, @Query('to') to?: string): Promise<string> {
    for (const [name, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (value !== undefined && !isIsoDate(value))
        throw new BadRequestException(`${name}: must be a date such as 2026-03-31`);
    }
    const rows: { child_ref: string; dec: string; reason_code: string }[] = await this.dataSource.query(
      `SELECT c.child_ref, to_char(e.date_ceased, 'YYYY-MM-DD') AS dec, e.reason_code
       FROM episodes_ceased e JOIN children c ON c.id = e.child_id
       WHERE ($1::date IS NULL OR e.date_ceased >= $1) AND ($2::date IS NULL OR e.date_ceased <= $2)
       ORDER BY e.date_ceased, c.child_ref`,
      [from ?? null, to ?? null],
    );
    const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    return (
      ['CHILD,DEC,REC', ...rows.map((r) => [quote(r.child_ref), toSsdaDate(r.dec), r.reason_code].join(','))].join(
        '\r\n',
      ) + '\r\n'
    );
  }
}
