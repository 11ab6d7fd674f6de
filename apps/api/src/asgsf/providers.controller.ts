import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../openapi/error-body';
import { ProviderList, ProviderView } from './dto/provider.responses';
import { Role } from '../../../../libs/domain/src';
import { Roles } from '../auth/auth.decorators';
import { CASE_READERS } from '../auth/role-groups';
import { CreateProviderDto } from './dto/create-provider.dto';
import { ProvidersService } from './providers.service';

/** The council's approved list of therapy providers: an ASGSF quote must name one of them. */
@ApiTags('asgsf')
@ApiBearerAuth()
@Controller('asgsf/providers')
export class ProvidersController {
  constructor(private readonly providers: ProvidersService) {}

  @Roles(...CASE_READERS)
  @Get()
  @ApiOperation({ summary: 'The approved therapy providers, by name' })
  @ApiOkResponse({ type: ProviderList })
  list() {
    return this.providers.list();
  }

  @Post()
  @ApiOperation({ summary: 'Add a provider to the approved list' })
  @ApiCreatedResponse({ type: ProviderView })
  @ApiErrors(409)
  @Roles(Role.Manager, Role.Admin)
  create(@Body() dto: CreateProviderDto) {
    return this.providers.create(dto);
  }

  /** Takes a provider off the approved list; quotes already accepted stand. */
  @Post(':id/remove')
  @ApiOperation({ summary: 'Take a provider off the approved list' })
  @ApiParam({ name: 'id', type: String, format: 'uuid', description: 'the provider id' })
  @ApiOkResponse({ type: ProviderView })
  @HttpCode(200)
  @Roles(Role.Manager, Role.Admin)
  remove(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.providers.remove(id);
  }
}
