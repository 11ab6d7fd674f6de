import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { ALL_ROLES } from '../../../../../libs/domain/src';
import { ChildView } from '../../children/dto/child.responses';
import { PersonView } from '../../processes/dto/process.responses';

/** What the audit routes answer (access-log.service.ts, child-audit.service.ts, subject-access.service.ts). */

export class AuditActorView {
  @ApiProperty({ example: 'sw-1' }) sub: string;
  @ApiProperty({ example: 'Sam Social Worker' }) name: string;
  @ApiProperty({ enum: ALL_ROLES, isArray: true }) roles: string[];
}

export class AccessLogEntry {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: AuditActorView }) actor: AuditActorView;
  @ApiProperty({ format: 'uuid' }) childId: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'the case read, when the read was of one' }) processId?: string;
  @ApiProperty({ example: 'GET' }) method: string;
  @ApiProperty({ example: '/processes/:id/timeline', description: 'the route pattern' }) route: string;
  @ApiProperty({ description: 'the path as requested' }) path: string;
  @ApiPropertyOptional({ description: 'the X-Request-Id of the read' }) requestId?: string;
}

export class AccessLogPage {
  @ApiProperty({ type: [AccessLogEntry], description: 'newest first' }) items: AccessLogEntry[];
  @ApiProperty({ type: 'integer', minimum: 0 }) total: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) page: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 200 }) pageSize: number;
}

export class ChildChangeView {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ example: 'child-imported-over', description: 'created, imported, imported-over, team, restriction…' })
  kind: string;
  @ApiProperty({ type: AuditActorView }) actor: AuditActorView;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'object', properties: { from: {}, to: {} } },
    description: 'each changed field with its old (`from`) and new (`to`) value',
  })
  changes: Record<string, { from: unknown; to: unknown }>;
}

/** The child's own record as GET /children/:id answers it, without the process summaries. */
export class SubjectAccessChild extends OmitType(ChildView, ['processes'] as const) {}

export class SubjectAccessRecord {
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty({ type: PersonView }) generatedBy: PersonView;
  @ApiProperty({ type: SubjectAccessChild }) child: SubjectAccessChild;
  @ApiProperty({ type: [ChildChangeView], description: 'oldest first' }) changes: ChildChangeView[];
  @ApiProperty({
    type: 'array',
    description:
      'every process of the child as held: its row, with tasks, timeline, letters, notifications, connections, ' +
      'peopleToFind, allowancePayments, asgsfClaims, asgsfCommitments and episodeCeased, each as stored',
    items: { type: 'object', additionalProperties: true },
  })
  processes: Record<string, unknown>[];
}
