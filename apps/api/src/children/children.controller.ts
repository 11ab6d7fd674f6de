import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Role } from '../../../../libs/domain/src';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { CASE_READERS } from '../auth/role-groups';
import type { Caller } from '../auth/auth.types';
import { ChildrenService } from './children.service';
import { RestrictionDto, TeamDto } from './dto/caseload.dto';
import { CreateChildDto } from './dto/create-child.dto';

@ApiTags('children')
@ApiBearerAuth()
@Controller('children')
export class ChildrenController {
  constructor(private readonly children: ChildrenService) {}

  @Post()
  @Roles(Role.Manager, Role.SocialWorker, Role.SocialWorkAssistant, Role.Admin)
  create(@Body() dto: CreateChildDto, @CurrentCaller() caller: Caller) {
    return this.children.create(dto, caller);
  }

  @Post('import')
  @HttpCode(200)
  @Roles(Role.Manager, Role.SocialWorker, Role.Admin)
  @ApiConsumes('text/csv')
  @ApiQuery({ name: 'cohort', required: false, description: 'tag the children with a conversion programme cohort' })
  @ApiBody({
    schema: { type: 'string', example: 'CHILD,SEX,DOB,DECOM,LS,PLACE\n100001,1,04/05/2016,01/09/2021,C2,U1' },
  })
  import(@Body() csv: unknown, @CurrentCaller() caller: Caller, @Query('cohort') cohort?: string) {
    if (typeof csv !== 'string' || !csv.trim())
      throw new BadRequestException('Send the SSDA903 episodes file as text/csv with a header row');
    if (cohort !== undefined && !/^[\w .-]{1,64}$/.test(cohort))
      throw new BadRequestException('cohort: 1 to 64 letters, digits, spaces, dots or dashes');
    return this.children.import(csv, caller, cohort);
  }

  @Roles(...CASE_READERS)
  @Get(':id')
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentCaller() caller: Caller) {
    return this.children.get(id, caller);
  }

  /** Puts the child on a team's caseload (admins). */
  @Post(':id/team')
  @HttpCode(200)
  @Roles(Role.Admin)
  setTeam(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: TeamDto, @CurrentCaller() caller: Caller) {
    return this.children.setTeam(id, dto.team, caller);
  }

  /** Restricts the record to the named staff (and the team's managers), or lifts the restriction. */
  @Post(':id/restriction')
  @HttpCode(200)
  @Roles(Role.Manager, Role.Admin)
  restrict(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: RestrictionDto, @CurrentCaller() caller: Caller) {
    return this.children.setRestriction(id, dto.restricted, dto.staff ?? [], caller);
  }
}
