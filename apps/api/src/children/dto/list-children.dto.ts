import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsNotBlank } from '../../common/validators';
import { PageNumber, PageSize } from '../../common/paging';

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
  @PageNumber()
  page?: number;
  @PageSize()
  pageSize?: number;
}
