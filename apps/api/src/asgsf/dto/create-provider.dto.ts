import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, MaxLength } from 'class-validator';
import { IsNotBlank } from '../../common/validators';

export class CreateProviderDto {
  @ApiProperty({ example: 'Tees Valley Therapeutic Services' }) @IsString() @IsNotBlank() @MaxLength(200) name: string;
  @ApiProperty({ example: ['theraplay', 'dyadic developmental psychotherapy'] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  therapyTypes: string[];
}
