import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiIdempotencyKey } from '../openapi/error-body';
import { TaskView } from '../processes/dto/process.responses';
import { TaskCompleted, TaskList } from './dto/task.responses';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { CASE_READERS, CASEWORK } from '../auth/role-groups';
import type { Caller } from '../auth/auth.types';
import { CompleteTaskDto, ListTasksQuery } from './dto/task.dto';
import { ParseTaskIdPipe } from '../common/id-pipes';
import { TasksService } from './tasks.service';

const ApiTaskId = () =>
  ApiParam({
    name: 'id',
    schema: {
      type: 'string',
      pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}-t\\d{1,6}$',
    },
    description: 'a task id: the process id, -t and a number',
  });

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Roles(...CASE_READERS)
  @Get()
  @ApiOperation({ summary: "The task inbox: open tasks on the caller's caseload, by role, assignee, process" })
  @ApiOkResponse({ type: TaskList })
  list(@Query() query: ListTasksQuery, @CurrentCaller() caller: Caller) {
    return this.tasks.list(query, caller);
  }

  @Roles(...CASEWORK)
  @Post(':id/claim')
  @HttpCode(200)
  @ApiOperation({ summary: 'Claim a task: its assignee becomes the caller' })
  @ApiTaskId()
  @ApiIdempotencyKey()
  @ApiOkResponse({ type: TaskView })
  @ApiErrors(409, 422, 503)
  claim(@Param('id', new ParseTaskIdPipe()) id: string, @CurrentCaller() caller: Caller) {
    return this.tasks.claim(id, caller);
  }

  @Roles(...CASEWORK)
  @Post(':id/complete')
  @HttpCode(200)
  @ApiOperation({ summary: 'Complete a task with an outcome; answers once the process has moved on' })
  @ApiTaskId()
  @ApiIdempotencyKey()
  @ApiOkResponse({ type: TaskCompleted })
  @ApiErrors(409, 422, 503)
  complete(
    @Param('id', new ParseTaskIdPipe()) id: string,
    @Body() body: CompleteTaskDto,
    @CurrentCaller() caller: Caller,
  ) {
    return this.tasks.complete(id, body, caller);
  }
}
