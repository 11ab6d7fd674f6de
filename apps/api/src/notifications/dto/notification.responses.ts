import { ApiProperty } from '@nestjs/swagger';

/** What GET /notifications answers (notifications.service.ts). */

export class NotificationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) processId: string | null;
  @ApiProperty({ example: 'north-team@council.example' }) to: string;
  @ApiProperty() subject: string;
  @ApiProperty({ example: 'task-reminder' }) kind: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'null until sent' })
  sentAt: string | null;
}

export class NotificationList {
  @ApiProperty({ type: [NotificationView], description: 'oldest first, at most 1000' }) items: NotificationView[];
  @ApiProperty({ type: 'integer', minimum: 0 }) total: number;
}
