import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CONTACT_OUTCOMES } from '../../../../../libs/domain/src';
import { IsNotBlank } from '../../common/validators';

export class ConnectionDto {
  @ApiProperty({ example: 'Aunt Maya' }) @IsString() @IsNotBlank() @MaxLength(200) name: string;
  @ApiProperty({ example: "mother's sister" }) @IsString() @IsNotBlank() @MaxLength(200) relationship: string;
  @ApiProperty({ example: 'named by the young person; found through the electoral roll' })
  @IsString()
  @IsNotBlank()
  @MaxLength(2000)
  howFound: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) contactDetails?: string;
}

export class ContactDto {
  @ApiProperty({ enum: CONTACT_OUTCOMES }) @IsIn([...CONTACT_OUTCOMES]) outcome: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) notes?: string;
}

export class PersonToFindDto {
  @ApiProperty({ example: 'my big brother Sam' }) @IsString() @IsNotBlank() @MaxLength(200) name: string;
  @ApiPropertyOptional({ example: 'brother' }) @IsOptional() @IsString() @MaxLength(200) relationship?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) notes?: string;
}
