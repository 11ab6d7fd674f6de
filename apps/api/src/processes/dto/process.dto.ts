import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PROCESS_TYPES } from '../../../../../libs/domain/src';
import { IsBoundedData, IsBoundedDate, IsNotBlank } from '../../common/validators';
import { PageNumber, PageSize } from '../../common/paging';

export class PersonDto {
  @ApiProperty({ example: 'sw-2' }) @IsString() @IsNotBlank() @MaxLength(200) sub: string;
  @ApiProperty({ example: 'Robin Social Worker' }) @IsString() @IsNotBlank() @MaxLength(200) name: string;
}

export class StartProcessDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() childId: string;
  @ApiPropertyOptional({
    type: PersonDto,
    description: "the child's allocated social worker: their tasks are assigned to them",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonDto)
  socialWorker?: PersonDto;
}

export class StartAllowanceReviewDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() childId: string;
  @ApiProperty({
    example: '2025-06-02',
    description: 'date of the special guardianship order: reviews fall on its anniversary',
  })
  @IsBoundedDate()
  orderDate: string;
  @ApiProperty({ example: 18_500, description: 'the allowance paid now, pence per week' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  weeklyAllowancePence: number;
  @ApiPropertyOptional({
    description: "the guardians' former fee or reward as foster carers, pence per week (transitional remuneration)",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  remunerationPence?: number;
}

export class BatchStartDto {
  @ApiProperty({ type: [String], description: 'children to start screening for, at most 500' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  childIds: string[];
}

export class PauseDto {
  @ApiProperty({ example: 'Carer in hospital' }) @IsString() @IsNotBlank() @MaxLength(2000) reason: string;
}

export class ResumeDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) reason?: string;
}

export class ReassignDto {
  @ApiProperty({ type: PersonDto }) @ValidateNested() @Type(() => PersonDto) socialWorker: PersonDto;
}

export class ListProcessesQuery {
  @ApiPropertyOptional({ enum: PROCESS_TYPES }) @IsOptional() @IsIn(PROCESS_TYPES) type?: string;
  @ApiPropertyOptional({
    enum: ['active', 'paused', 'completed', 'withdrawn', 'failed', 'open'],
    description: '`open`: active or paused (every case still running)',
  })
  @IsOptional()
  @IsIn(['active', 'paused', 'completed', 'withdrawn', 'failed', 'open'])
  status?: string;
  @ApiPropertyOptional({ pattern: '^[a-z0-9-]{1,100}$', example: 'screening' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9-]{1,100}$/)
  stage?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() childId?: string;
  @ApiPropertyOptional({
    enum: ['me'],
    description:
      "only the processes of children allocated to the caller as their social worker (a social worker's own cases)",
  })
  @IsOptional()
  @IsIn(['me'])
  allocatedTo?: 'me';
  @ApiPropertyOptional({ type: Boolean, description: 'only processes with an overdue open task' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;
  @ApiPropertyOptional({
    enum: ['started', 'next-due'],
    default: 'started',
    description:
      "`started`: newest first. `next-due`: the soonest of each process's `dueDates` first, those with none last",
  })
  @IsOptional()
  @IsIn(['started', 'next-due'])
  sort?: 'started' | 'next-due';
  @PageNumber()
  page?: number;
  @PageSize()
  pageSize?: number;
}

export class WithdrawDto {
  @ApiProperty({ example: 'Carers moved out of area' }) @IsString() @IsNotBlank() @MaxLength(2000) reason: string;
}

export class ProcessEventDto {
  @ApiProperty({ example: 'court-hearing-listed' }) @IsString() @IsNotBlank() @MaxLength(100) kind: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) notes?: string;
  @ApiPropertyOptional() @IsOptional() @IsObject() @IsBoundedData() data?: Record<string, unknown>;
}
