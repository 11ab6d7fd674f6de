import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { CONTACT_OUTCOMES, Role } from '../../../../libs/domain/src';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import type { Caller } from '../auth/auth.types';
import { ProcessesService } from '../processes/processes.service';

export class ConnectionDto {
  @ApiProperty({ example: 'Aunt Maya' }) @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @ApiProperty({ example: "mother's sister" }) @IsString() @IsNotEmpty() @MaxLength(200) relationship: string;
  @ApiProperty({ example: 'named by the young person; found through the electoral roll' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  howFound: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) contactDetails?: string;
}

export class ContactDto {
  @ApiProperty({ enum: CONTACT_OUTCOMES }) @IsIn([...CONTACT_OUTCOMES]) outcome: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) notes?: string;
}

type Row = {
  id: string;
  ref: string;
  name: string;
  relationship: string;
  how_found: string;
  contact_details: string | null;
  safety_decision: string | null;
  contact_outcome: string | null;
};
const view = (r: Row) => ({
  id: r.id,
  ref: r.ref,
  name: r.name,
  relationship: r.relationship,
  howFound: r.how_found,
  contactDetails: r.contact_details,
  safetyDecision: r.safety_decision,
  contactOutcome: r.contact_outcome,
});

export class PersonToFindDto {
  @ApiProperty({ example: 'my big brother Sam' }) @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @ApiPropertyOptional({ example: 'brother' }) @IsOptional() @IsString() @MaxLength(200) relationship?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) notes?: string;
}

/**
 * The people the young person wants to find, in their words, recorded by the coordinator with the
 * young person named as the source. Kept in PostgreSQL; the workflow hears only an id.
 */
@ApiTags('lifelong-links')
@ApiBearerAuth()
@Controller('processes/:id/people-to-find')
export class PeopleToFindController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly processes: ProcessesService,
  ) {}

  @Get()
  async list(@Param('id', new ParseUUIDPipe()) id: string) {
    await this.processes.find(id);
    const rows: {
      id: string;
      name: string;
      relationship: string | null;
      notes: string | null;
      recorded_by: string;
      created_at: Date;
    }[] = await this.dataSource.query(`SELECT * FROM ll_people_to_find WHERE process_id = $1 ORDER BY created_at`, [
      id,
    ]);
    const items = rows.map((r) => ({
      id: r.id,
      name: r.name,
      relationship: r.relationship,
      notes: r.notes,
      source: 'young person',
      recordedBy: r.recorded_by,
      recordedAt: r.created_at.toISOString(),
    }));
    return { items, total: items.length };
  }

  @Post()
  @Roles(Role.LlCoordinator)
  async add(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: PersonToFindDto,
    @CurrentCaller() caller: Caller,
  ) {
    await this.processes.find(id);
    const [row]: { id: string }[] = await this.dataSource.query(
      `INSERT INTO ll_people_to_find (process_id, name, relationship, notes, recorded_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [id, dto.name, dto.relationship ?? null, dto.notes ?? null, caller.sub],
    );
    try {
      await this.processes.recordEvent(
        id,
        {
          kind: 'person-to-find-named',
          notes: `Source: the young person (recorded by ${caller.name})`,
          data: { wishId: row.id },
        },
        caller,
      );
    } catch (err) {
      await this.dataSource.query(`DELETE FROM ll_people_to_find WHERE id = $1`, [row.id]);
      throw err;
    }
    return { id: row.id, name: dto.name, relationship: dto.relationship ?? null, source: 'young person' };
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
  constructor(
    private readonly dataSource: DataSource,
    private readonly processes: ProcessesService,
  ) {}

  @Get()
  async list(@Param('id', new ParseUUIDPipe()) id: string) {
    await this.processes.find(id);
    const rows: Row[] = await this.dataSource.query(
      `SELECT * FROM ll_connections WHERE process_id = $1 ORDER BY created_at`,
      [id],
    );
    return { items: rows.map(view), total: rows.length };
  }

  @Post()
  @Roles(Role.LlCoordinator)
  async add(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ConnectionDto, @CurrentCaller() caller: Caller) {
    await this.processes.find(id);
    const [row]: Row[] = await this.dataSource.query(
      `INSERT INTO ll_connections (process_id, ref, name, relationship, how_found, contact_details)
       VALUES ($1, 'C' || (SELECT count(*) + 1 FROM ll_connections WHERE process_id = $1), $2, $3, $4, $5) RETURNING *`,
      [id, dto.name, dto.relationship, dto.howFound, dto.contactDetails ?? null],
    );
    try {
      await this.processes.recordEvent(
        id,
        { kind: 'connection-found', data: { connectionId: row.id, connectionRef: row.ref } },
        caller,
      );
    } catch (err) {
      // The process refused it (no consent yet, or closed): nothing is kept.
      await this.dataSource.query(`DELETE FROM ll_connections WHERE id = $1`, [row.id]);
      throw err;
    }
    return view(row);
  }

  /** Contact with a person found: refused (422) unless their safety decision is "safe to contact". */
  @Post(':connectionId/contact')
  @HttpCode(200)
  @Roles(Role.LlCoordinator)
  async contact(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('connectionId', new ParseUUIDPipe()) connectionId: string,
    @Body() dto: ContactDto,
    @CurrentCaller() caller: Caller,
  ) {
    const [found]: Row[] = await this.dataSource.query(
      `SELECT * FROM ll_connections WHERE id = $1 AND process_id = $2`,
      [connectionId, id],
    );
    if (!found) throw new NotFoundException(`No connection ${connectionId} in process ${id}`);
    await this.processes.recordEvent(
      id,
      { kind: 'contact-made', notes: dto.notes, data: { connectionId, outcome: dto.outcome } },
      caller,
    );
    const [row]: Row[] = await this.dataSource.query(`SELECT * FROM ll_connections WHERE id = $1`, [connectionId]);
    return view(row);
  }
}
