import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AccessLogEntity, ProcessEntity } from '../../../../libs/persistence/src';
import type { Caller } from '../auth/auth.types';
import type { AccessTarget } from './access-log.routes';

/** Which route was read, by whom, with which request id. */
export interface AccessContext {
  caller: Caller;
  method: string;
  route: string;
  path: string;
  requestId: string | null;
}

/** What was read: a child, or processes (their children are looked up). */
export interface AccessedRecords {
  childId?: string;
  /** Children listed (a search's answer): one row each. */
  childIds?: string[];
  processIds?: string[];
}

const MAX_PAGE = 200;

/** The access log: written on every logged read, read back by managers and auditors. */
@Injectable()
export class AccessLogService {
  constructor(
    @InjectRepository(AccessLogEntity) private readonly log: Repository<AccessLogEntity>,
    @InjectRepository(ProcessEntity) private readonly processes: Repository<ProcessEntity>,
  ) {}

  /** One row per child read (per process for case reads); nothing when the answer held no child's data. */
  async record(ctx: AccessContext, records: AccessedRecords): Promise<void> {
    const who = {
      actorSub: ctx.caller.sub,
      actorName: ctx.caller.name ?? ctx.caller.sub,
      actorRoles: [...ctx.caller.roles],
      method: ctx.method,
      route: ctx.route,
      path: ctx.path.slice(0, 2000),
      requestId: ctx.requestId,
    };
    const rows: Partial<AccessLogEntity>[] = [];
    if (records.childId) rows.push({ ...who, childId: records.childId, processId: null });
    for (const childId of new Set(records.childIds ?? [])) rows.push({ ...who, childId, processId: null });
    const processIds = [...new Set(records.processIds ?? [])];
    if (processIds.length) {
      const found = await this.processes
        .createQueryBuilder('p')
        .select(['p.id', 'p.childId'])
        .where('p.id = ANY(:ids)', { ids: processIds })
        .getMany();
      for (const p of found) rows.push({ ...who, childId: p.childId, processId: p.id });
    }
    if (rows.length) await this.log.insert(rows);
  }

  /** Who read the child's data, newest first. */
  async forChild(childId: string, page = 1, pageSize = 50) {
    const size = Math.min(pageSize, MAX_PAGE);
    const [rows, total] = await this.log.findAndCount({
      where: { childId },
      order: { at: 'DESC', id: 'DESC' },
      skip: (page - 1) * size,
      take: size,
    });
    const items = rows.map((r) => ({
      at: r.at.toISOString(),
      actor: { sub: r.actorSub, name: r.actorName, roles: r.actorRoles },
      childId: r.childId,
      processId: r.processId ?? undefined,
      method: r.method,
      route: r.route,
      path: r.path,
      requestId: r.requestId ?? undefined,
    }));
    return { items, total, page, pageSize: size };
  }
}

/** What a logged read touched, from the route's kind, its request and its answer. */
export function accessedRecords(
  target: AccessTarget,
  params: Record<string, unknown>,
  query: Record<string, unknown>,
  body: unknown,
): AccessedRecords {
  const id = typeof params.id === 'string' ? params.id : undefined;
  const items = (body as { items?: unknown } | null)?.items;
  const list = Array.isArray(items) ? (items as Record<string, unknown>[]) : [];
  switch (target) {
    case 'child':
      return { childId: id };
    case 'child-list':
      return { childIds: list.map((c) => c.id).filter((id): id is string => typeof id === 'string') };
    case 'process':
      return { processIds: id ? [id] : [] };
    case 'process-list':
      return { processIds: list.map((p) => p.id).filter((id): id is string => typeof id === 'string') };
    case 'notifications':
      if (typeof query.processId === 'string') return { processIds: [query.processId] };
      return { processIds: list.map((n) => n.processId).filter((id): id is string => typeof id === 'string') };
  }
}
