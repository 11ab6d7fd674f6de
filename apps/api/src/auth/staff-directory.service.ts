import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
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

  /**
   * Someone named by another (the social worker a case moves to) who may not have signed in yet:
   * their name is kept for the views, and never overwrites the one their own token gives.
   */
  async introduce(person: { sub: string; name: string }): Promise<void> {
    if (this.known.has(person.sub)) return;
    await this.staff.query(`INSERT INTO staff (sub, name) VALUES ($1, $2) ON CONFLICT (sub) DO NOTHING`, [
      person.sub,
      person.name,
    ]);
  }

  /** The names the directory holds for these people, by sub (those it does not know are left out). */
  async namesOf(subs: string[]): Promise<Map<string, string>> {
    if (subs.length === 0) return new Map();
    const rows = await this.staff.find({ where: { sub: In([...new Set(subs)]) }, select: { sub: true, name: true } });
    return new Map(rows.filter((r) => r.name).map((r) => [r.sub, r.name]));
  }
}
