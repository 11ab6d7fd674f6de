import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ALL_ROLES, PROCESS_TYPES } from '../../../../../libs/domain/src';

/** What the API answers about processes and their tasks (process-views.ts, processes.service.ts). */

export const PROCESS_STATUSES = ['active', 'paused', 'completed', 'withdrawn', 'failed'] as const;
export const TASK_STATUSES = ['open', 'completed', 'cancelled'] as const;

export class PersonView {
  @ApiProperty({ example: 'sw-1' }) sub: string;
  @ApiProperty({ example: 'Sam Social Worker' }) name: string;
}

export class AssigneeView {
  @ApiProperty({ example: 'sw-1' }) sub: string;
  @ApiProperty({ type: String, nullable: true, example: 'Sam Social Worker' }) name: string | null;
}

/** A value a person must supply when completing a task (libs/domain FieldSpec). */
export class FieldSpecView {
  @ApiProperty({ example: 'panelDate' }) name: string;
  @ApiProperty({ enum: ['date', 'text', 'pence', 'integer', 'choice', 'boolean', 'list'] }) type: string;
  @ApiProperty({ example: 'Date of the panel' }) label: string;
  @ApiPropertyOptional({ type: [String], description: 'for `list`: every one of these must be present' })
  mustInclude?: string[];
  @ApiPropertyOptional({ type: [String], description: 'for `list` and `choice`: the values allowed' })
  allowedValues?: string[];
  @ApiPropertyOptional({ description: 'for `date`: may not be after today' }) notInFuture?: boolean;
}

/** Who the process is for, as people know them: on list items, so a list page needs no request per child. */
export class ChildLabelView {
  @ApiProperty({ example: '100001' }) childRef: string;
  @ApiPropertyOptional({ example: 'Alex' }) firstName?: string;
  @ApiPropertyOptional({ example: 'Example' }) lastName?: string;
}

export class TaskView {
  @ApiProperty({ example: '6f1c2a4e-0d7b-4f1e-9a53-2b8f0c9d1e27-t1', description: 'the process id, -t and a number' })
  id: string;
  @ApiProperty({ format: 'uuid' }) processId: string;
  @ApiPropertyOptional({ enum: PROCESS_TYPES }) processType?: string;
  @ApiPropertyOptional({ format: 'uuid' }) childId?: string;
  @ApiProperty({ example: 'panel-decision' }) kind: string;
  @ApiProperty({ example: 'sgo-panel' }) stage: string;
  @ApiProperty({ example: 'Record the SGO panel decision' }) title: string;
  @ApiProperty({ type: [String], example: ['recommend', 'defer', 'not-suitable'] }) allowedOutcomes: string[];
  @ApiProperty({ enum: ALL_ROLES, isArray: true }) candidateRoles: string[];
  @ApiProperty({ type: [FieldSpecView], description: 'data every outcome needs' }) requiredData: FieldSpecView[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', items: { $ref: '#/components/schemas/FieldSpecView' } },
    description: 'data a particular outcome needs, by outcome',
  })
  requiredDataByOutcome: Record<string, FieldSpecView[]>;
  @ApiProperty({ type: [FieldSpecView], description: 'data that may be given' }) optionalData: FieldSpecView[];
  @ApiPropertyOptional({
    type: [String],
    description:
      'the `sub`s who may not complete it (separation of duties: whoever proposed what it decides); absent when nobody is excluded',
  })
  excludedActors?: string[];
  @ApiPropertyOptional({ type: AssigneeView, description: 'who claimed it' }) assignee?: AssigneeView;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ enum: TASK_STATUSES }) status: string;
  @ApiPropertyOptional({ example: 'recommend' }) outcome?: string;
  @ApiPropertyOptional({ description: 'the `sub` of whoever completed it' }) completedBy?: string;
  @ApiPropertyOptional({
    type: ChildLabelView,
    description: 'on `GET /tasks` items: the child’s reference and name',
  })
  child?: ChildLabelView;
}

export class ProcessView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: PROCESS_TYPES }) type: string;
  @ApiProperty({ format: 'uuid' }) childId: string;
  @ApiProperty({ enum: PROCESS_STATUSES }) status: string;
  @ApiProperty({ example: 'screening' }) stage: string;
  @ApiPropertyOptional({ example: 'moving-to-sgo-now', description: "a conversion's screening category" })
  category?: string;
  @ApiProperty({ type: [TaskView] }) openTasks: TaskView[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { 'court-report': '2026-06-30T23:59:59.999Z' },
    description: 'deadlines by name',
  })
  dueDates: Record<string, string>;
  @ApiPropertyOptional({ example: 'sgo-made' }) outcome?: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: "the process's own state, by type" })
  data: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
  @ApiPropertyOptional({ format: 'date-time' }) closedAt?: string;
  @ApiPropertyOptional({
    type: ChildLabelView,
    description: 'on `GET /processes` items: the child’s reference and name',
  })
  child?: ChildLabelView;
}

export class ProcessList {
  @ApiProperty({ type: [ProcessView] }) items: ProcessView[];
  @ApiProperty({ type: 'integer', minimum: 0, description: 'how many match, over every page' }) total: number;
}

export class TimelineEventView {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: PersonView }) actor: PersonView;
  @ApiProperty({ example: 'task-completed' }) kind: string;
  @ApiProperty({ example: 'screening' }) stage: string;
  @ApiPropertyOptional() taskId?: string;
  @ApiPropertyOptional() outcome?: string;
  @ApiPropertyOptional() notes?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) data?: Record<string, unknown>;
}

export class CaseDocumentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'review-pack' }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'the letter as sent' }) body: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class CaseDocumentList {
  @ApiProperty({ type: [CaseDocumentView] }) items: CaseDocumentView[];
  @ApiProperty({ type: 'integer', minimum: 0 }) total: number;
}

export class BatchStarted {
  @ApiProperty({ format: 'uuid' }) childId: string;
  @ApiProperty({ format: 'uuid' }) processId: string;
}

export class BatchRefused {
  @ApiProperty({ format: 'uuid' }) childId: string;
  @ApiProperty({
    type: 'integer',
    enum: [403, 404, 409, 422],
    description: 'what starting this child alone would have answered',
  })
  statusCode: number;
  @ApiProperty() message: string;
  @ApiPropertyOptional({
    type: ChildLabelView,
    description: 'the child’s reference and name, for a child on the caller’s caseload (not with a 403 or 404)',
  })
  child?: ChildLabelView;
}

export class BatchStartResult {
  @ApiProperty({ type: [BatchStarted] }) started: BatchStarted[];
  @ApiProperty({ type: [BatchRefused] }) refused: BatchRefused[];
}

export class EventAccepted {
  @ApiProperty({ enum: [true] }) accepted: boolean;
  @ApiProperty({ format: 'uuid' }) processId: string;
  @ApiProperty({ example: 'court-hearing-listed' }) kind: string;
}
