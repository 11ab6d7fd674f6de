import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class CreateProviderDto {
  @ApiProperty({ example: 'Tees Valley Therapeutic Services' }) @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @ApiProperty({ example: ['theraplay', 'dyadic developmental psychotherapy'] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  therapyTypes: string[];
}
