import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { LEGAL_STATUSES, SSDA903_CODE_LISTS } from '../../../../../libs/domain/src';
import { IsBoundedDate, IsChildRef, IsNotBlank, IsNotFutureDate } from '../../common/validators';

/** SSDA903 PLACE codes accepted on a child's record: those of any collection year held (the import checks its year's). */
export const PLACEMENT_CODES = [...new Set(SSDA903_CODE_LISTS.flatMap((year) => year.placementTypes))];

export class CreateCarerDto {
  @ApiProperty() @IsString() @IsNotBlank() @MaxLength(64) carerRef: string;
  @ApiProperty() @IsString() @IsNotBlank() @MaxLength(200) firstName: string;
  @ApiProperty() @IsString() @IsNotBlank() @MaxLength(200) lastName: string;
  @ApiProperty({ example: 'grandparent' }) @IsString() @IsNotBlank() @MaxLength(100) relationship: string;
  @ApiProperty() @IsBoolean() isFormerFosterCarer: boolean;
  @ApiPropertyOptional({ description: 'false for unrelated foster carers; defaults to true' })
  @IsOptional()
  @IsBoolean()
  isRelativeOrFriend?: boolean;
  @ApiPropertyOptional({ example: '2023-05-01' }) @IsOptional() @IsBoundedDate() livingWithChildSince?: string;
  @ApiPropertyOptional({ description: 'where review packs and letters are emailed' })
  @IsOptional()
  @IsEmail()
  email?: string;
}

export class CreateChildDto {
  @ApiProperty({ example: 'C0001', pattern: '^[A-Za-z0-9-]{1,32}$' }) @IsString() @IsChildRef() childRef: string;
  @ApiProperty() @IsString() @IsNotBlank() @MaxLength(200) firstName: string;
  @ApiProperty() @IsString() @IsNotBlank() @MaxLength(200) lastName: string;
  @ApiProperty({ example: '2015-04-12' })
  @IsBoundedDate()
  @IsNotFutureDate('a child cannot be born after today')
  dateOfBirth: string;
  @ApiProperty({ enum: LEGAL_STATUSES }) @IsIn(LEGAL_STATUSES) legalStatus: string;
  @ApiProperty({ enum: PLACEMENT_CODES }) @IsIn(PLACEMENT_CODES) placementType: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoundedDate()
  @IsNotFutureDate('a care episode cannot start after today')
  careEpisodeStart?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() ehcp?: boolean;
  @ApiPropertyOptional({
    description:
      'left care by an SGO, CAO or adoption: no longer looked after, and eligible for the ASGSF (legalStatus is then the last one held)',
  })
  @IsOptional()
  @IsBoolean()
  previouslyLookedAfter?: boolean;
  @ApiProperty({ type: [CreateCarerDto] })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CreateCarerDto)
  carers: CreateCarerDto[];
}
