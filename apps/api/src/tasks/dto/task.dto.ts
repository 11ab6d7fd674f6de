import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsObject, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ALL_ROLES } from '../../../../../libs/domain/src';
import { PageNumber, PageSize } from '../../common/paging';
import { IsBoundedData, IsNotBlank } from '../../common/validators';

export class ListTasksQuery {
  @ApiPropertyOptional({ enum: ALL_ROLES }) @IsOptional() @IsIn(ALL_ROLES as string[]) role?: string;
  @ApiPropertyOptional({ enum: ['me'] }) @IsOptional() @IsIn(['me']) assignee?: 'me';
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() processId?: string;
  @ApiPropertyOptional({ type: Boolean, description: 'only tasks past their due date' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;
  @ApiPropertyOptional({ enum: ['open', 'completed', 'cancelled'], default: 'open' })
  @IsOptional()
  @IsIn(['open', 'completed', 'cancelled'])
  status?: string;
  @PageNumber('with `pageSize`, pages the list (default 1); without either, every matching task')
  page?: number;
  @PageSize('tasks per page (default 50)')
  pageSize?: number;
}

export class CompleteTaskDto {
  @ApiProperty({ example: 'recommend' }) @IsString() @IsNotBlank() @MaxLength(100) outcome: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(8000) notes?: string;
  @ApiPropertyOptional({ example: { panelDate: '2026-12-01' } })
  @IsOptional()
  @IsObject()
  @IsBoundedData()
  data?: Record<string, unknown>;
}
