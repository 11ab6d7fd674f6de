import { ApiProperty } from '@nestjs/swagger';

/** What the Lifelong Links routes answer (lifelong-links.service.ts). */

export class PersonToFindView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: "in the young person's words" }) name: string;
  @ApiProperty({ type: String, nullable: true }) relationship: string | null;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty({ enum: ['young person'] }) source: string;
  @ApiProperty({ description: "the coordinator's sub" }) recordedBy: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}

export class PersonToFindList {
  @ApiProperty({ type: [PersonToFindView] }) items: PersonToFindView[];
  @ApiProperty({ type: 'integer', minimum: 0 }) total: number;
}

export class PersonToFindAdded {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) relationship: string | null;
  @ApiProperty({ enum: ['young person'] }) source: string;
}

export class ConnectionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'C1', description: 'numbered in the order found' }) ref: string;
  @ApiProperty() name: string;
  @ApiProperty() relationship: string;
  @ApiProperty() howFound: string;
  @ApiProperty({ type: String, nullable: true }) contactDetails: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'safe-to-contact' }) safetyDecision: string | null;
  @ApiProperty({ type: String, nullable: true }) contactOutcome: string | null;
}

export class ConnectionList {
  @ApiProperty({ type: [ConnectionView] }) items: ConnectionView[];
  @ApiProperty({ type: 'integer', minimum: 0 }) total: number;
}
