import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';

/** The team whose caseload a child moves to. */
export class TeamDto {
  @ApiProperty({ example: 'north-locality' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  @Matches(/^[\w .-]+$/, { message: 'team: letters, digits, spaces, dots or dashes' })
  team: string;
}

/** Marks a record restricted to named staff (their `sub`s) and the team's managers, or lifts it. */
export class RestrictionDto {
  @ApiProperty() @IsBoolean() restricted: boolean;
  @ApiPropertyOptional({ type: [String], example: ['sw-1'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(200, { each: true })
  staff?: string[];
}
