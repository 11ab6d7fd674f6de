import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { CASE_READERS, CASEWORK } from '../auth/role-groups';
import type { Caller } from '../auth/auth.types';
import { CompleteTaskDto, ListTasksQuery } from './dto/task.dto';
import { ParseTaskIdPipe } from '../common/id-pipes';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Roles(...CASE_READERS)
  @Get()
  list(@Query() query: ListTasksQuery, @CurrentCaller() caller: Caller) {
    return this.tasks.list(query, caller);
  }

  @Roles(...CASEWORK)
  @Post(':id/claim')
  @HttpCode(200)
  claim(@Param('id', new ParseTaskIdPipe()) id: string, @CurrentCaller() caller: Caller) {
    return this.tasks.claim(id, caller);
  }

  @Roles(...CASEWORK)
  @Post(':id/complete')
  @HttpCode(200)
  complete(
    @Param('id', new ParseTaskIdPipe()) id: string,
    @Body() body: CompleteTaskDto,
    @CurrentCaller() caller: Caller,
  ) {
    return this.tasks.complete(id, body, caller);
  }
}
