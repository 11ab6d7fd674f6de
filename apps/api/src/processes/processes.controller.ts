import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  BadRequestException,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiExtraModels, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { PROCESS_TYPES, Role, type ProcessType } from '../../../../libs/domain/src';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { CASE_READERS, CASEWORK } from '../auth/role-groups';
import type { Caller } from '../auth/auth.types';
import {
  BatchStartDto,
  ListProcessesQuery,
  PauseDto,
  ProcessEventDto,
  ReassignDto,
  ResumeDto,
  StartAllowanceReviewDto,
  StartProcessDto,
  WithdrawDto,
} from './dto/process.dto';
import { ProcessesService } from './processes.service';

function processType(type: string): ProcessType {
  if (!(PROCESS_TYPES as readonly string[]).includes(type))
    throw new BadRequestException(`type: must be one of ${PROCESS_TYPES.join(', ')}`);
  return type as ProcessType;
}

@ApiTags('processes')
@ApiExtraModels(StartProcessDto, StartAllowanceReviewDto)
@ApiBearerAuth()
@Controller('processes')
export class ProcessesController {
  constructor(private readonly processes: ProcessesService) {}

  @Post(':type')
  // Which of these may start which type is the starters' rule (conversions: managers only).
  @Roles(Role.Manager, Role.FinanceOfficer, Role.SocialWorker, Role.SocialWorkAssistant, Role.PersonalAdviser)
  @ApiBody({
    description: 'sgo-conversion and asgsf-application: StartProcessDto; allowance-review: StartAllowanceReviewDto',
    schema: { oneOf: [{ $ref: getSchemaPath(StartProcessDto) }, { $ref: getSchemaPath(StartAllowanceReviewDto) }] },
  })
  start(@Param('type') type: string, @Body() body: unknown, @CurrentCaller() caller: Caller) {
    // The body's shape depends on the type, so it is validated once the type is known.
    return this.processes.start(processType(type), body, caller);
  }

  @Post(':type/batch')
  @HttpCode(200)
  @Roles(Role.Manager)
  startMany(@Param('type') type: string, @Body() body: BatchStartDto, @CurrentCaller() caller: Caller) {
    return this.processes.startMany(processType(type), body.childIds, caller);
  }

  @Roles(...CASE_READERS)
  @Get()
  list(@Query() query: ListProcessesQuery, @CurrentCaller() caller: Caller) {
    return this.processes.list(query, caller);
  }

  @Roles(...CASE_READERS)
  @Get(':id')
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentCaller() caller: Caller) {
    return this.processes.get(id, caller);
  }

  @Roles(...CASE_READERS)
  @Get(':id/timeline')
  timeline(@Param('id', new ParseUUIDPipe()) id: string, @CurrentCaller() caller: Caller) {
    return this.processes.timeline(id, caller);
  }

  /** Letters the process has sent (review packs, proposals, decisions), as kept on the case. */
  @Roles(...CASE_READERS)
  @Get(':id/documents')
  documents(@Param('id', new ParseUUIDPipe()) id: string, @CurrentCaller() caller: Caller) {
    return this.processes.documents(id, caller);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles(Role.Manager)
  withdraw(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: WithdrawDto, @CurrentCaller() caller: Caller) {
    return this.processes.withdraw(id, body.reason, caller);
  }

  @Post(':id/pause')
  @HttpCode(200)
  @Roles(Role.Manager)
  pause(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: PauseDto, @CurrentCaller() caller: Caller) {
    return this.processes.pause(id, body.reason, caller);
  }

  @Post(':id/resume')
  @HttpCode(200)
  @Roles(Role.Manager)
  resume(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ResumeDto, @CurrentCaller() caller: Caller) {
    return this.processes.resume(id, body.reason, caller);
  }

  @Post(':id/reassign')
  @HttpCode(200)
  @Roles(Role.Manager)
  reassign(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ReassignDto, @CurrentCaller() caller: Caller) {
    return this.processes.reassign(id, body.socialWorker, caller);
  }

  @Post(':id/events')
  @HttpCode(202)
  @Roles(...CASEWORK)
  recordEvent(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ProcessEventDto,
    @CurrentCaller() caller: Caller,
  ) {
    return this.processes.recordEvent(id, body, caller);
  }
}
