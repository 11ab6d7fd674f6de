import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../openapi/error-body';
import { ConnectionList, ConnectionView, PersonToFindAdded, PersonToFindList } from './dto/lifelong-links.responses';
import { Role } from '../../../../libs/domain/src';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { FAMILY_NETWORK_READERS } from '../auth/role-groups';
import type { Caller } from '../auth/auth.types';
import { ConnectionDto, ContactDto, PersonToFindDto } from './dto/lifelong-links.dto';
import { LifelongLinksService } from './lifelong-links.service';

const ApiProcessId = () =>
  ApiParam({ name: 'id', type: String, format: 'uuid', description: 'the Lifelong Links process id' });

/**
 * The people the young person wants to find, in their words, recorded by the coordinator with the
 * young person named as the source. Kept in PostgreSQL; the workflow hears only an id.
 */
@ApiTags('lifelong-links')
@ApiBearerAuth()
@Controller('processes/:id/people-to-find')
export class PeopleToFindController {
  constructor(private readonly links: LifelongLinksService) {}

  @Roles(...FAMILY_NETWORK_READERS)
  @Get()
  @ApiOperation({ summary: 'The people the young person wants to find' })
  @ApiProcessId()
  @ApiOkResponse({ type: PersonToFindList })
  list(@Param('id', new ParseUUIDPipe()) id: string, @CurrentCaller() caller: Caller) {
    return this.links.listPeopleToFind(id, caller);
  }

  @Post()
  @ApiOperation({ summary: 'Record someone the young person wants to find, in their words' })
  @ApiProcessId()
  @ApiCreatedResponse({ type: PersonToFindAdded })
  @ApiErrors(409, 422, 503)
  @Roles(Role.LlCoordinator)
  add(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: PersonToFindDto, @CurrentCaller() caller: Caller) {
    return this.links.addPersonToFind(id, dto, caller);
  }
}

/**
 * People a Lifelong Links search found. Their details are kept here in PostgreSQL; the workflow
 * hears only the connection's id and reference, and opens a safety decision for each.
 */
@ApiTags('lifelong-links')
@ApiBearerAuth()
@Controller('processes/:id/connections')
export class ConnectionsController {
  constructor(private readonly links: LifelongLinksService) {}

  @Roles(...FAMILY_NETWORK_READERS)
  @Get()
  @ApiOperation({ summary: 'The people a search found' })
  @ApiProcessId()
  @ApiOkResponse({ type: ConnectionList })
  list(@Param('id', new ParseUUIDPipe()) id: string, @CurrentCaller() caller: Caller) {
    return this.links.listConnections(id, caller);
  }

  @Post()
  @ApiOperation({ summary: 'Record someone a search found (opens a safety decision)' })
  @ApiProcessId()
  @ApiCreatedResponse({ type: ConnectionView })
  @ApiErrors(409, 422, 503)
  @Roles(Role.LlCoordinator)
  add(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ConnectionDto, @CurrentCaller() caller: Caller) {
    return this.links.addConnection(id, dto, caller);
  }

  /** Contact with a person found: refused (422) unless their safety decision is "safe to contact". */
  @Post(':connectionId/contact')
  @ApiOperation({ summary: 'Record contact with a person found (only once judged safe to contact)' })
  @ApiProcessId()
  @ApiParam({ name: 'connectionId', type: String, format: 'uuid' })
  @ApiOkResponse({ type: ConnectionView })
  @ApiErrors(409, 422, 503)
  @HttpCode(200)
  @Roles(Role.LlCoordinator)
  contact(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('connectionId', new ParseUUIDPipe()) connectionId: string,
    @Body() dto: ContactDto,
    @CurrentCaller() caller: Caller,
  ) {
    return this.links.recordContact(id, connectionId, dto, caller);
  }
}
