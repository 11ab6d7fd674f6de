import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsNotBlank } from '../../common/validators';

/** `GET /children`: a search of the caller's caseload by name or CHILD reference. */
export class ListChildrenQuery {
  @ApiPropertyOptional({
    description: "part of the child's name or CHILD reference (any case)",
    example: 'webb',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(100)
  q?: string;
  @ApiPropertyOptional({ description: 'exactly this CHILD reference', example: 'C0001', maxLength: 100 })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(100)
  childRef?: string;
  @ApiPropertyOptional({ type: 'integer', default: 1, minimum: 1, maximum: 10_000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page?: number;
  @ApiPropertyOptional({ type: 'integer', default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}
