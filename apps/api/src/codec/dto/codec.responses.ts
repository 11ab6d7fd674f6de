import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Temporal's remote codec protocol: `Payloads` as proto3 JSON, every bytes field in base64. */

export class CodecPayload {
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string', format: 'byte' } })
  metadata?: Record<string, string>;
  @ApiPropertyOptional({ type: String, format: 'byte' }) data?: string;
}

export class CodecPayloads {
  @ApiProperty({ type: [CodecPayload], maxItems: 1000 }) payloads: CodecPayload[];
}
