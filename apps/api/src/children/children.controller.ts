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
  UploadedFiles,
  UseInterceptors,
} from '@nestjs/common';
import { FileFieldsInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors } from '../openapi/error-body';
import { ChildList, ChildView, ImportResult } from './dto/child.responses';
import { ListChildrenQuery } from './dto/list-children.dto';
import { Role } from '../../../../libs/domain/src';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { CASE_READERS } from '../auth/role-groups';
import type { Caller } from '../auth/auth.types';
import { ChildrenService } from './children.service';
import { RestrictionDto, TeamDto } from './dto/caseload.dto';
import { CreateChildDto } from './dto/create-child.dto';

const ApiChildId = () => ApiParam({ name: 'id', type: String, format: 'uuid', description: 'the child id' });

/** A part of a multipart upload, as multer hands it over (in memory). */
type UploadedPart = { buffer: Buffer };

@ApiTags('children')
@ApiBearerAuth()
@Controller('children')
export class ChildrenController {
  constructor(private readonly children: ChildrenService) {}

  @Post()
  @ApiOperation({ summary: "Record a child and their carers (on the caller's team)" })
  @ApiCreatedResponse({ type: ChildView })
  @ApiErrors(409)
  @Roles(Role.Manager, Role.SocialWorker, Role.SocialWorkAssistant, Role.Admin)
  create(@Body() dto: CreateChildDto, @CurrentCaller() caller: Caller) {
    return this.children.create(dto, caller);
  }

  @Post('import')
  @HttpCode(200)
  @Roles(Role.Manager, Role.SocialWorker, Role.Admin)
  @ApiOperation({
    summary: 'Load an SSDA903 return: each good episode row creates or updates a child',
    description:
      'One joined file as `text/csv` (CHILD, SEX, DOB, DECOM, LS, PLACE, …), or the header table (CHILD, SEX, DOB, …) ' +
      'and the episodes table (CHILD, DECOM, LS, PLACE, …) as `multipart/form-data` parts `header` and `episodes`, ' +
      "joined by CHILD. Codes are checked against the collection year's SSDA903 lists.",
  })
  @ApiConsumes('text/csv', 'multipart/form-data')
  @ApiQuery({
    name: 'cohort',
    required: false,
    description: 'tag the children with a conversion programme cohort',
    schema: { type: 'string', pattern: '^[\\w .-]{1,64}$', example: 'stockton-2025' },
  })
  @ApiQuery({
    name: 'collectionYear',
    required: false,
    description: "the SSDA903 collection year whose code lists apply (default: today's, or the latest held before it)",
    schema: { type: 'string', pattern: '^\\d{4}-\\d{2}$', example: '2025-26' },
  })
  @ApiOkResponse({ type: ImportResult, description: 'every bad row is listed in `rejected`; the rest are saved' })
  @ApiBody({
    schema: {
      oneOf: [
        { type: 'string', example: 'CHILD,SEX,DOB,DECOM,LS,PLACE\n100001,1,04/05/2016,01/09/2021,C2,U1' },
        {
          type: 'object',
          required: ['header', 'episodes'],
          properties: {
            header: { type: 'string', format: 'binary', description: 'the header table: CHILD, SEX, DOB, …' },
            episodes: {
              type: 'string',
              format: 'binary',
              description: 'the episodes table: CHILD, DECOM, LS, PLACE, …',
            },
          },
        },
      ],
    },
  })
  @UseInterceptors(
    FileFieldsInterceptor(
      [
        { name: 'header', maxCount: 1 },
        { name: 'episodes', maxCount: 1 },
      ],
      { limits: { fileSize: 10 * 1024 * 1024, files: 2, fields: 2 } },
    ),
  )
  import(
    @Body() body: unknown,
    @CurrentCaller() caller: Caller,
    @UploadedFiles() uploaded?: { header?: UploadedPart[]; episodes?: UploadedPart[] },
    @Query('cohort') cohort?: string,
    @Query('collectionYear') collectionYear?: string,
  ) {
    if (cohort !== undefined && !/^[\w .-]{1,64}$/.test(cohort))
      throw new BadRequestException('cohort: 1 to 64 letters, digits, spaces, dots or dashes');
    if (collectionYear !== undefined && !/^\d{4}-\d{2}$/.test(collectionYear))
      throw new BadRequestException('collectionYear: a collection year such as 2025-26');
    if (typeof body === 'string') {
      if (!body.trim()) throw new BadRequestException('Send the SSDA903 episodes file as text/csv with a header row');
      return this.children.import({ episodes: body }, caller, cohort, collectionYear);
    }
    // multipart/form-data: the two tables as files (or text fields) named header and episodes.
    const part = (name: 'header' | 'episodes') => {
      const file = uploaded?.[name]?.[0];
      const field = (body as Record<string, unknown> | undefined)?.[name];
      return file ? file.buffer.toString('utf8') : typeof field === 'string' ? field : undefined;
    };
    const header = part('header');
    const episodes = part('episodes');
    if (!header?.trim() || !episodes?.trim())
      throw new BadRequestException(
        'Send the SSDA903 return as text/csv (one joined file), or as multipart/form-data with the parts header and episodes',
      );
    return this.children.import({ header, episodes }, caller, cohort, collectionYear);
  }

  @Roles(...CASE_READERS)
  @Get()
  @ApiOperation({ summary: "Search the caller's caseload for children by name or CHILD reference" })
  @ApiOkResponse({ type: ChildList })
  @ApiErrors(400)
  list(@Query() query: ListChildrenQuery, @CurrentCaller() caller: Caller) {
    return this.children.list(query, caller);
  }

  @Roles(...CASE_READERS)
  @Get(':id')
  @ApiOperation({ summary: 'Get a child with their carers and processes' })
  @ApiChildId()
  @ApiOkResponse({ type: ChildView })
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentCaller() caller: Caller) {
    return this.children.get(id, caller);
  }

  /** Puts the child on a team's caseload (admins). */
  @Post(':id/team')
  @HttpCode(200)
  @Roles(Role.Admin)
  @ApiOperation({ summary: "Put a child on a team's caseload" })
  @ApiChildId()
  @ApiOkResponse({ type: ChildView })
  setTeam(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: TeamDto, @CurrentCaller() caller: Caller) {
    return this.children.setTeam(id, dto.team, caller);
  }

  /** Restricts the record to the named staff (and the team's managers), or lifts the restriction. */
  @Post(':id/restriction')
  @HttpCode(200)
  @Roles(Role.Manager, Role.Admin)
  @ApiOperation({ summary: 'Restrict a record to named staff (and their managers), or lift the restriction' })
  @ApiChildId()
  @ApiOkResponse({ type: ChildView })
  restrict(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: RestrictionDto, @CurrentCaller() caller: Caller) {
    return this.children.setRestriction(id, dto.restricted, dto.staff ?? [], caller);
  }
}
