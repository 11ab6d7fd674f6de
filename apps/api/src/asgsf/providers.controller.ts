import {
  Body,
  ConflictException,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { Role } from '../../../../libs/domain/src';
import { Roles } from '../auth/auth.decorators';
import { isUniqueViolation } from '../common/pg-errors';

export class CreateProviderDto {
  @ApiProperty({ example: 'Tees Valley Therapeutic Services' }) @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @ApiProperty({ example: ['theraplay', 'dyadic developmental psychotherapy'] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  therapyTypes: string[];
}

type ProviderRow = { id: string; name: string; therapy_types: string[]; active: boolean };
const view = (p: ProviderRow) => ({ id: p.id, name: p.name, therapyTypes: p.therapy_types, active: p.active });

/** The council's approved list of therapy providers: an ASGSF quote must name one of them. */
@ApiTags('asgsf')
@ApiBearerAuth()
@Controller('asgsf/providers')
export class ProvidersController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  async list() {
    const rows: ProviderRow[] = await this.dataSource.query(
      `SELECT id, name, therapy_types, active FROM asgsf_providers ORDER BY name`,
    );
    return { items: rows.map(view), total: rows.length };
  }

  @Post()
  @Roles(Role.Manager, Role.Admin)
  async create(@Body() dto: CreateProviderDto) {
    try {
      const [row]: ProviderRow[] = await this.dataSource.query(
        `INSERT INTO asgsf_providers (name, therapy_types) VALUES ($1, $2) RETURNING id, name, therapy_types, active`,
        [dto.name, dto.therapyTypes],
      );
      return view(row);
    } catch (err) {
      if (isUniqueViolation(err)) throw new ConflictException(`A provider named ${dto.name} is already on the list`);
      throw err;
    }
  }

  /** Takes a provider off the approved list; quotes already accepted stand. */
  @Post(':id/remove')
  @HttpCode(200)
  @Roles(Role.Manager, Role.Admin)
  async remove(@Param('id', new ParseUUIDPipe()) id: string) {
    const [rows]: [ProviderRow[], number] = await this.dataSource.query(
      `UPDATE asgsf_providers SET active = false WHERE id = $1 RETURNING id, name, therapy_types, active`,
      [id],
    );
    if (!rows.length) throw new NotFoundException(`No provider ${id}`);
    return view(rows[0]);
  }
}
