import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../openapi/error-body';
import { AccessLogPage, SubjectAccessRecord } from './dto/audit.responses';
import { Role } from '../../../../libs/domain/src';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import type { Caller } from '../auth/auth.types';
import { ChildrenService } from '../children/children.service';
import { AccessLogService } from './access-log.service';
import { SubjectAccessService } from './subject-access.service';
import { DEFAULT_PAGE_SIZE, PageNumber, PageSize } from '../common/paging';

export class AccessLogQuery {
  @PageNumber()
  page?: number;
  @PageSize()
  pageSize?: number;
}

/** Who has read a child's data, and everything held about the child (subject access). */
@ApiTags('children')
@ApiBearerAuth()
@Controller('children')
export class ChildAuditController {
  constructor(
    private readonly children: ChildrenService,
    private readonly accessLog: AccessLogService,
    private readonly subjectAccess: SubjectAccessService,
  ) {}

  /** The access log of the child's data, newest first (out of the caller's caseload: 404). */
  @Get(':id/access-log')
  @Roles(Role.Manager, Role.Auditor)
  @ApiOperation({ summary: "Who has read this child's data: the access log, newest first" })
  @ApiParam({ name: 'id', type: String, format: 'uuid', description: 'the child id' })
  @ApiOkResponse({ type: AccessLogPage })
  @ApiErrors(400)
  async accessLogOf(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: AccessLogQuery,
    @CurrentCaller() caller: Caller,
  ) {
    await this.children.assertVisible(id, caller);
    return this.accessLog.forChild(id, query.page ?? 1, query.pageSize ?? DEFAULT_PAGE_SIZE);
  }

  /** Everything held about the child as one JSON document; itself access-logged. */
  @Get(':id/record')
  @Roles(Role.Auditor, Role.Admin)
  @ApiOperation({ summary: 'Everything held about a child as one document (the basis of a subject access response)' })
  @ApiParam({ name: 'id', type: String, format: 'uuid', description: 'the child id' })
  @ApiOkResponse({ type: SubjectAccessRecord })
  @ApiErrors(400)
  record(@Param('id', new ParseUUIDPipe()) id: string, @CurrentCaller() caller: Caller) {
    return this.subjectAccess.record(id, caller);
  }
}
