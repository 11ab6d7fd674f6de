import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { StaffEntity } from '../../../../libs/persistence/src';
import type { Caller } from './auth.types';

/** People who have acted, from their token claims: where a personal reminder can be sent. */
@Injectable()
export class StaffDirectory {
  /** Who is already in the staff table, as last written, so each person costs one write. */
  private readonly known = new Map<string, string>();

  constructor(@InjectRepository(StaffEntity) private readonly staff: Repository<StaffEntity>) {}

  async remember(caller: Caller): Promise<void> {
    const record = JSON.stringify([caller.name, caller.email, caller.team, caller.roles]);
    if (this.known.get(caller.sub) === record) return;
    await this.staff.upsert(
      {
        sub: caller.sub,
        name: caller.name,
        email: caller.email ?? null,
        team: caller.team ?? null,
        roles: caller.roles,
      },
      ['sub'],
    );
    this.known.set(caller.sub, record);
  }
}
