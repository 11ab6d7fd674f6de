import { ApiProperty } from '@nestjs/swagger';

/** What the health checks answer (health.controller.ts). */

export class Live {
  @ApiProperty({ enum: ['ok'] }) status: string;
}

export class Ready {
  @ApiProperty({ enum: ['ready'] }) status: string;
  @ApiProperty({ enum: ['up'] }) postgres: string;
  @ApiProperty({ enum: ['up'] }) temporal: string;
}
