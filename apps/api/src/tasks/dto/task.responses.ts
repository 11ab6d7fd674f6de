import { ApiProperty } from '@nestjs/swagger';
import { ProcessView, TaskView } from '../../processes/dto/process.responses';

/** What the API answers about tasks (tasks.service.ts). */

export class TaskList {
  @ApiProperty({ type: [TaskView] }) items: TaskView[];
  @ApiProperty({ type: 'integer', minimum: 0 }) total: number;
}

export class TaskCompleted {
  @ApiProperty({ type: TaskView, description: 'the task, now completed' }) task: TaskView;
  @ApiProperty({ type: ProcessView, description: 'the process once it has moved on' }) process: ProcessView;
}
