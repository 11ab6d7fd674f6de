import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
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

  @Get(':id')
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.children.get(id);
  }
}
