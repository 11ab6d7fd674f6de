import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ConnectionEntity, PersonToFindEntity } from '../../../../libs/persistence/src';
import type { Caller } from '../auth/auth.types';
import { ProcessesService } from '../processes/processes.service';
import type { ConnectionDto, ContactDto, PersonToFindDto } from './dto/lifelong-links.dto';

const connectionView = (c: ConnectionEntity) => ({
  id: c.id,
  ref: c.ref,
  name: c.name,
  relationship: c.relationship,
  howFound: c.howFound,
  contactDetails: c.contactDetails,
  safetyDecision: c.safetyDecision,
  contactOutcome: c.contactOutcome,
});

/**
 * The people a Lifelong Links process is about: those the young person wants to find (in their
 * words, the young person named as the source) and those a search found. Their details are kept
 * here in PostgreSQL; the workflow hears only ids (and a connection's reference). A row the
 * process refuses (no consent yet, or closed) is taken back, so nothing is kept.
 */
@Injectable()
export class LifelongLinksService {
  constructor(
    @InjectRepository(ConnectionEntity) private readonly connections: Repository<ConnectionEntity>,
    @InjectRepository(PersonToFindEntity) private readonly peopleToFind: Repository<PersonToFindEntity>,
    private readonly processes: ProcessesService,
  ) {}

  async listPeopleToFind(processId: string, caller: Caller) {
    await this.processes.find(processId, caller);
    const rows = await this.peopleToFind.find({ where: { processId }, order: { createdAt: 'ASC' } });
    const items = rows.map((r) => ({
      id: r.id,
      name: r.name,
      relationship: r.relationship,
      notes: r.notes,
      source: 'young person',
      recordedBy: r.recordedBy,
      recordedAt: r.createdAt.toISOString(),
    }));
    return { items, total: items.length };
  }

  async addPersonToFind(processId: string, dto: PersonToFindDto, caller: Caller) {
    await this.processes.find(processId, caller);
    const { identifiers } = await this.peopleToFind.insert({
      processId,
      name: dto.name,
      relationship: dto.relationship ?? null,
      notes: dto.notes ?? null,
      recordedBy: caller.sub,
    });
    const id: string = identifiers[0].id;
    try {
      await this.processes.recordEvent(
        processId,
        {
          kind: 'person-to-find-named',
          notes: `Source: the young person (recorded by ${caller.name})`,
          data: { wishId: id },
        },
        caller,
      );
    } catch (err) {
      await this.peopleToFind.delete({ id });
      throw err;
    }
    return { id, name: dto.name, relationship: dto.relationship ?? null, source: 'young person' };
  }

  async listConnections(processId: string, caller: Caller) {
    await this.processes.find(processId, caller);
    const rows = await this.connections.find({ where: { processId }, order: { createdAt: 'ASC' } });
    return { items: rows.map(connectionView), total: rows.length };
  }

  async addConnection(processId: string, dto: ConnectionDto, caller: Caller) {
    await this.processes.find(processId, caller);
    // The reference (C1, C2, …) is numbered in the same statement, so it is unique within the process.
    const [{ id }]: { id: string }[] = await this.connections.query(
      `INSERT INTO ll_connections (process_id, ref, name, relationship, how_found, contact_details)
       VALUES ($1, 'C' || (SELECT count(*) + 1 FROM ll_connections WHERE process_id = $1), $2, $3, $4, $5) RETURNING id`,
      [processId, dto.name, dto.relationship, dto.howFound, dto.contactDetails ?? null],
    );
    const row = await this.connections.findOneByOrFail({ id });
    try {
      await this.processes.recordEvent(
        processId,
        { kind: 'connection-found', data: { connectionId: row.id, connectionRef: row.ref } },
        caller,
      );
    } catch (err) {
      await this.connections.delete({ id });
      throw err;
    }
    return connectionView(row);
  }

  /** Contact with a person found: refused (422, by the workflow) unless their safety decision is "safe to contact". */
  async recordContact(processId: string, connectionId: string, dto: ContactDto, caller: Caller) {
    await this.processes.find(processId, caller);
    const found = await this.connections.findOneBy({ id: connectionId, processId });
    if (!found) throw new NotFoundException(`No connection ${connectionId} in process ${processId}`);
    await this.processes.recordEvent(
      processId,
      { kind: 'contact-made', notes: dto.notes, data: { connectionId, outcome: dto.outcome } },
      caller,
    );
    return connectionView(await this.connections.findOneByOrFail({ id: connectionId }));
  }
}
