import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ConversionsDashboardService } from './conversions-dashboard.service';

@ApiTags('dashboards')
@ApiBearerAuth()
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly conversions: ConversionsDashboardService) {}

  /** Counts by screening category and stage, overdue work, and outcomes per financial year. */
  @Get('conversions')
  @ApiQuery({ name: 'cohort', required: false })
  conversionsDashboard(@Query('cohort') cohort?: string) {
    if (cohort !== undefined && !/^[\w .-]{1,64}$/.test(cohort)) throw new BadRequestException('cohort: 1 to 64 letters, digits, spaces, dots or dashes');
    return this.conversions.summary(cohort);
  }
}
