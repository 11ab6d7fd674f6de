import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ChildEntity, EpisodeCeasedEntity } from '../../../../libs/persistence/src';
import type { Caller } from '../auth/auth.types';
import { visibleWhere } from '../common/caseload';

const toSsdaDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
/**
 * One CSV field a spreadsheet shows as text: a value starting with `= + - @`, a tab or CR would be
 * read as a formula, so it gets a leading `'`; a value with `"`, `,`, CR or LF is quoted.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Returns the council sends: SSDA903 episodes ceased, from the episodes the processes ended. */
@Injectable()
export class ReportsService {
  constructor(@InjectRepository(EpisodeCeasedEntity) private readonly episodes: Repository<EpisodeCeasedEntity>) {}

  /** CHILD, DEC, REC as the return writes them (DD/MM/YYYY); `from` and `to` (ISO, inclusive) filter on DEC. */
  async episodesCeasedCsv(caller: Caller, from?: string, to?: string): Promise<string> {
    const qb = this.episodes
      .createQueryBuilder('e')
      .innerJoin(ChildEntity, 'c', 'c.id = e.child_id')
      .select('c.child_ref', 'child_ref')
      .addSelect(`to_char(e.date_ceased, 'YYYY-MM-DD')`, 'dec')
      .addSelect('e.reason_code', 'reason_code')
      .where(...visibleWhere('c.id', caller));
    if (from) qb.andWhere('e.date_ceased >= :from', { from });
    if (to) qb.andWhere('e.date_ceased <= :to', { to });
    const rows: { child_ref: string; dec: string; reason_code: string }[] = await qb
      .orderBy('e.date_ceased')
      .addOrderBy('c.child_ref')
      .getRawMany();
    const lines = rows.map((r) => [csvField(r.child_ref), toSsdaDate(r.dec), csvField(r.reason_code)].join(','));
    return ['CHILD,DEC,REC', ...lines].join('\r\n') + '\r\n';
  }
}
