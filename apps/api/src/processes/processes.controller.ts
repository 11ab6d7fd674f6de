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
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
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
import {
  BatchStartResult,
  CaseDocumentList,
  EventAccepted,
  ProcessList,
  ProcessView,
  TimelineEventView,
} from './dto/process.responses';
import { ApiErrors, ApiIdempotencyKey } from '../openapi/error-body';
import { ProcessesService } from './processes.service';

const ApiProcessType = () => ApiParam({ name: 'type', enum: PROCESS_TYPES, description: 'the kind of process' });
const ApiProcessId = () => ApiParam({ name: 'id', type: String, format: 'uuid', description: 'the process id' });

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
  @ApiOperation({ summary: 'Start a process for a child' })
  @ApiProcessType()
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: ProcessView, description: 'started, with its first open tasks' })
  @ApiErrors(409, 422, 503)
  // Which of these may start which type is the starters' rule (conversions: managers only).
  @Roles(Role.Manager, Role.FinanceOfficer, Role.SocialWorker, Role.SocialWorkAssistant, Role.PersonalAdviser)
  // The document lists this as one operation per type (openapi-document.ts), each with its own body:
  // allowance-review takes StartAllowanceReviewDto, the others StartProcessDto.
  @ApiBody({ type: StartProcessDto })
  start(@Param('type') type: string, @Body() body: unknown, @CurrentCaller() caller: Caller) {
    // The body's shape depends on the type, so it is validated once the type is known.
    return this.processes.start(processType(type), body, caller);
  }

  @Post(':type/batch')
  @ApiOperation({ summary: 'Start a process for many children (a screened cohort), each answered on its own' })
  @ApiProcessType()
  @ApiOkResponse({ type: BatchStartResult })
  @ApiErrors(503)
  @HttpCode(200)
  @Roles(Role.Manager)
  startMany(@Param('type') type: string, @Body() body: BatchStartDto, @CurrentCaller() caller: Caller) {
    return this.processes.startMany(processType(type), body.childIds, caller);
  }

  @Roles(...CASE_READERS)
  @Get()
  @ApiOperation({ summary: "List processes on the caller's caseload, newest first" })
  @ApiOkResponse({ type: ProcessList })
  list(@Query() query: ListProcessesQuery, @CurrentCaller() caller: Caller) {
    return this.processes.list(query, caller);
  }

  @Roles(...CASE_READERS)
  @Get(':id')
  @ApiOperation({ summary: 'Get a process with its open tasks' })
  @ApiProcessId()
  @ApiOkResponse({ type: ProcessView })
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentCaller() caller: Caller) {
    return this.processes.get(id, caller);
  }

  @Roles(...CASE_READERS)
  @Get(':id/timeline')
  @ApiOperation({ summary: "A process's audit events, oldest first" })
  @ApiProcessId()
  @ApiOkResponse({ type: [TimelineEventView] })
  timeline(@Param('id', new ParseUUIDPipe()) id: string, @CurrentCaller() caller: Caller) {
    return this.processes.timeline(id, caller);
  }

  /** Letters the process has sent (review packs, proposals, decisions), as kept on the case. */
  @Roles(...CASE_READERS)
  @Get(':id/documents')
  @ApiOperation({ summary: 'Letters the process has sent' })
  @ApiProcessId()
  @ApiOkResponse({ type: CaseDocumentList })
  documents(@Param('id', new ParseUUIDPipe()) id: string, @CurrentCaller() caller: Caller) {
    return this.processes.documents(id, caller);
  }

  @Post(':id/withdraw')
  @ApiIdempotencyKey()
  @ApiOperation({ summary: 'Withdraw a process, cancelling its open tasks' })
  @ApiProcessId()
  @ApiOkResponse({ type: ProcessView })
  @ApiErrors(409, 422, 503)
  @HttpCode(200)
  @Roles(Role.Manager)
  withdraw(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: WithdrawDto, @CurrentCaller() caller: Caller) {
    return this.processes.withdraw(id, body.reason, caller);
  }

  @Post(':id/pause')
  @ApiIdempotencyKey()
  @ApiOperation({ summary: 'Pause a process: its tasks answer 409 and reminders wait' })
  @ApiProcessId()
  @ApiOkResponse({ type: ProcessView })
  @ApiErrors(409, 422, 503)
  @HttpCode(200)
  @Roles(Role.Manager)
  pause(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: PauseDto, @CurrentCaller() caller: Caller) {
    return this.processes.pause(id, body.reason, caller);
  }

  @Post(':id/resume')
  @ApiIdempotencyKey()
  @ApiOperation({ summary: 'Resume a paused process' })
  @ApiProcessId()
  @ApiOkResponse({ type: ProcessView })
  @ApiErrors(409, 422, 503)
  @HttpCode(200)
  @Roles(Role.Manager)
  resume(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ResumeDto, @CurrentCaller() caller: Caller) {
    return this.processes.resume(id, body.reason, caller);
  }

  @Post(':id/reassign')
  @ApiIdempotencyKey()
  @ApiOperation({ summary: "Move a process's social-work tasks and reminders to another social worker" })
  @ApiProcessId()
  @ApiOkResponse({ type: ProcessView })
  @ApiErrors(409, 422, 503)
  @HttpCode(200)
  @Roles(Role.Manager)
  reassign(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ReassignDto, @CurrentCaller() caller: Caller) {
    return this.processes.reassign(id, body.socialWorker, caller);
  }

  @Post(':id/events')
  @ApiOperation({ summary: 'Record something that happened outside a task (a hearing listed, a case note, …)' })
  @ApiProcessId()
  @ApiIdempotencyKey()
  @ApiAcceptedResponse({ type: EventAccepted })
  @ApiErrors(409, 422, 503)
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
