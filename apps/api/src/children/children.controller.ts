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
import { Roles } from '../auth/auth.decorators';
import { ChildrenService } from './children.service';
import { CreateChildDto } from './dto/create-child.dto';

@ApiTags('children')
@ApiBearerAuth()
@Controller('children')
export class ChildrenController {
  constructor(private readonly children: ChildrenService) {}

  @Post()
  @Roles(Role.Manager, Role.SocialWorker, Role.SocialWorkAssistant, Role.Admin)
  create(@Body() dto: CreateChildDto) {
    return this.children.create(dto);
  }

  @Post('import')
  @HttpCode(200)
  @Roles(Role.Manager, Role.SocialWorker, Role.Admin)
  @ApiConsumes('text/csv')
  @ApiQuery({ name: 'cohort', required: false, description: 'tag the children with a conversion programme cohort' })
  @ApiBody({
    schema: { type: 'string', example: 'CHILD,SEX,DOB,DECOM,LS,PLACE\n100001,1,04/05/2016,01/09/2021,C2,U1' },
  })
  import(@Body() csv: unknown, @Query('cohort') cohort?: string) {
    if (typeof csv !== 'string' || !csv.trim())
      throw new BadRequestException('Send the SSDA903 episodes file as text/csv with a header row');
    if (cohort !== undefined && !/^[\w .-]{1,64}$/.test(cohort))
      throw new BadRequestException('cohort: 1 to 64 letters, digits, spaces, dots or dashes');
    return this.children.import(csv, cohort);
  }

  @Get(':id')
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.children.get(id);
  }
}
