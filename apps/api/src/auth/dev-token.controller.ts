import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ArrayNotEmpty, IsArray, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString } from 'class-validator';
import { ALL_ROLES } from '../../../../libs/domain/src';
import { Public } from './auth.decorators';
import { TokenVerifier } from './token-verifier';

export class DevTokenRequest {
  @ApiProperty({ example: 'sw-1' }) @IsString() @IsNotEmpty() sub: string;
  @ApiProperty({ example: 'Sam Social Worker' }) @IsString() @IsNotEmpty() name: string;
  @ApiProperty({ example: ['social_worker'], enum: ALL_ROLES, isArray: true })
  @IsArray()
  @ArrayNotEmpty()
  @IsIn(ALL_ROLES as string[], { each: true })
  roles: string[];
  @ApiPropertyOptional() @IsOptional() @IsString() team?: string;
  @ApiPropertyOptional() @IsOptional() @IsEmail() email?: string;
}

export class DevTokenResponse {
  @ApiProperty({ description: 'a bearer token for the Authorization header' }) token: string;
}

/** Exists only with AUTH_MODE=dev: signs a token for whoever a developer says they are. */
@ApiTags('auth')
@Controller('auth')
export class DevTokenController {
  constructor(private readonly verifier: TokenVerifier) {}

  @Public()
  @Post('dev-token')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign a dev token for whoever a developer says they are (AUTH_MODE=dev only)' })
  @ApiOkResponse({ type: DevTokenResponse })
  issue(@Body() body: DevTokenRequest): { token: string } {
    return { token: this.verifier.mintDevToken({ ...body }) };
  }
}
