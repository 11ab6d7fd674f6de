import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { AuthConfig } from '../../../../libs/config/src';
import { Public } from './auth.decorators';

/** What the web app needs to sign someone in; nothing here is secret (a public client has no secret). */
export class SignInSettings {
  @ApiProperty({ enum: ['dev', 'oidc'] }) mode: 'dev' | 'oidc';
  @ApiPropertyOptional({ description: "The identity provider's issuer; its discovery document is under it" })
  issuer?: string;
  @ApiPropertyOptional({
    description: "The web app's public client id (authorization code + PKCE); absent: paste a token",
  })
  clientId?: string;
  @ApiPropertyOptional({ example: 'openid profile email' }) scopes?: string;
  @ApiPropertyOptional({ description: 'Sent as `resource` (RFC 8707) in the authorization and token requests' })
  resource?: string;
  @ApiProperty({ example: 'roles', description: 'The claim (or dotted path) the roles are read from' })
  rolesClaim: string;
  @ApiProperty({ example: 'team' }) teamClaim: string;
}

@ApiTags('auth')
@Controller('auth')
export class AuthConfigController {
  constructor(private readonly auth: AuthConfig) {}

  /** How to sign in: the mode, and in OIDC mode the issuer, client id and scopes the web app uses. */
  @Public()
  @Get('config')
  @ApiOperation({ summary: 'How the web app signs in: the mode, and in OIDC mode the issuer, client and scopes' })
  @ApiOkResponse({ type: SignInSettings })
  settings(): SignInSettings {
    const oidc = this.auth.oidc;
    if (this.auth.mode !== 'oidc' || !oidc) return { mode: 'dev', rolesClaim: 'roles', teamClaim: 'team' };
    return {
      mode: 'oidc',
      issuer: oidc.issuer,
      ...(oidc.webClientId ? { clientId: oidc.webClientId } : {}),
      scopes: oidc.webScopes,
      ...(oidc.webResource ? { resource: oidc.webResource } : {}),
      rolesClaim: oidc.rolesClaim,
      teamClaim: oidc.teamClaim,
    };
  }
}
