import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AccessLogEntity } from '../../../../libs/persistence/src';
import type { Caller } from '../auth/auth.types';
import type { AccessTarget } from './access-log.routes';
import { MAX_PAGE_SIZE } from '../common/paging';

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

/** The access log: written on every logged read, read back by managers and auditors. */
@Injectable()
export class AccessLogService {
  constructor(@InjectRepository(AccessLogEntity) private readonly log: Repository<AccessLogEntity>) {}

  /**
   * One row per child read (per process for case reads, its child found in the same statement);
   * nothing when the answer held no child's data. One INSERT whatever the page size: a list of
   * 200 cases is logged in one round trip.
   */
  async record(ctx: AccessContext, records: AccessedRecords): Promise<void> {
    const childIds = [...new Set([...(records.childId ? [records.childId] : []), ...(records.childIds ?? [])])];
    const processIds = [...new Set(records.processIds ?? [])];
    if (childIds.length === 0 && processIds.length === 0) return;
    await this.log.query(
      `INSERT INTO access_log (actor_sub, actor_name, actor_roles, method, route, path, request_id, child_id, process_id)
       SELECT $1, $2, $3, $4, $5, $6, $7, r.child_id, r.process_id FROM (
         SELECT c.id AS child_id, NULL::uuid AS process_id, c.n FROM unnest($8::uuid[]) WITH ORDINALITY AS c(id, n)
         UNION ALL
         SELECT p.child_id, p.id, cardinality($8::uuid[]) + u.n FROM unnest($9::uuid[]) WITH ORDINALITY AS u(id, n)
           JOIN processes p ON p.id = u.id
       ) r ORDER BY r.n`,
      [
        ctx.caller.sub,
        ctx.caller.name ?? ctx.caller.sub,
        [...ctx.caller.roles],
        ctx.method,
        ctx.route,
        ctx.path.slice(0, 2000),
        ctx.requestId,
        childIds,
        processIds,
      ],
    );
  }

  /** Who read the child's data, newest first. */
  async forChild(childId: string, page = 1, pageSize = 50) {
    const size = Math.min(pageSize, MAX_PAGE_SIZE);
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
    case 'task-list':
      return { processIds: list.map((t) => t.processId).filter((id): id is string => typeof id === 'string') };
    case 'notifications':
      if (typeof query.processId === 'string') return { processIds: [query.processId] };
      return { processIds: list.map((n) => n.processId).filter((id): id is string => typeof id === 'string') };
    case 'batch-refused': {
      const refused = (body as { refused?: unknown } | null)?.refused;
      const named = Array.isArray(refused) ? (refused as Record<string, unknown>[]).filter((r) => r.child) : [];
      return { childIds: named.map((r) => r.childId).filter((id): id is string => typeof id === 'string') };
    }
  }
}
