import { BadRequestException, ConflictException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { CarerEntity, ChildEntity, ProcessEntity } from '../../../../libs/persistence/src';
import { ChildAuditService } from '../audit/child-audit.service';
import { createdFields, diffFields } from '../audit/child-changes';
import type { Caller } from '../auth/auth.types';
import { caseloadArgs, childVisibleSql, homeTeamOf, visibleSql, visibleWhere } from '../common/caseload';
import { DEFAULT_PAGE_SIZE } from '../common/paging';
import { isUniqueViolation } from '../common/pg-errors';
import type { CreateChildDto } from './dto/create-child.dto';
import type { ListChildrenQuery } from './dto/list-children.dto';
import { codeListsFor, type Ssda903CodeLists } from '../../../../libs/domain/src';
import { readEpisodes, readHeader, type HeaderRow } from './ssda903-import';

/** A child's own fields, as audit events name them. */
const CHILD_FIELDS = [
  'childRef',
  'firstName',
  'lastName',
  'sex',
  'dateOfBirth',
  'legalStatus',
  'placementType',
  'careEpisodeStart',
  'ehcp',
  'lookedAfter',
  'previouslyLookedAfter',
  'cohort',
  'team',
] as const;

/** The fields an SSDA903 row sets, as `jsonb_build_object` arguments over the children table (dates as text). */
const IMPORT_FIELDS_SQL = `'sex', sex, 'dateOfBirth', date_of_birth, 'careEpisodeStart', care_episode_start,
  'legalStatus', legal_status, 'placementType', placement_type, 'cohort', cohort`;
const IMPORT_FIELDS = ['sex', 'dateOfBirth', 'careEpisodeStart', 'legalStatus', 'placementType', 'cohort'] as const;

/** An SSDA903 row as saved, with the fields it set. */
interface ImportedRow {
  id: string;
  inserted: boolean;
  after: Record<string, unknown>;
}

@Injectable()
export class ChildrenService {
  private readonly logger = new Logger('ChildrenService');

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(ChildEntity) private readonly children: Repository<ChildEntity>,
    @InjectRepository(ProcessEntity) private readonly processes: Repository<ProcessEntity>,
    private readonly audit: ChildAuditService,
  ) {}

  /** The child is on the creator's (first) team; a token without a team leaves it to an admin. */
  async create(dto: CreateChildDto, caller: Caller) {
    try {
      const saved = await this.dataSource.transaction(async (db) => {
        const child = await db.save(
          ChildEntity,
          db.create(ChildEntity, {
            ...dto,
            carers: undefined,
            careEpisodeStart: dto.careEpisodeStart ?? null,
            ehcp: dto.ehcp ?? false,
            previouslyLookedAfter: dto.previouslyLookedAfter ?? false,
            lookedAfter: !dto.previouslyLookedAfter,
            team: homeTeamOf(caller),
          }),
        );
        const carers = dto.carers.map((c) =>
          db.create(CarerEntity, {
            ...c,
            child,
            isRelativeOrFriend: c.isRelativeOrFriend ?? true,
            livingWithChildSince: c.livingWithChildSince ?? null,
          }),
        );
        await db.save(CarerEntity, carers);
        await this.audit.record(db, child.id, 'child-created', caller, {
          ...createdFields(child as unknown as Record<string, unknown>, CHILD_FIELDS),
          carers: {
            from: null,
            to: dto.carers.map(({ carerRef, firstName, lastName, relationship }) => ({
              carerRef,
              firstName,
              lastName,
              relationship,
            })),
          },
        });
        return child.id;
      });
      return this.get(saved, caller);
    } catch (err) {
      if (isUniqueViolation(err)) throw new ConflictException(`A child with childRef ${dto.childRef} already exists`);
      throw err;
    }
  }

  /**
   * Loads an SSDA903 episodes file: each good row creates the child or updates their current
   * legal status and placement; each bad row is rejected with its line and reason.
   */
  async import(files: { episodes: string; header?: string }, caller: Caller, cohort?: string, collectionYear?: string) {
    let codes: Ssda903CodeLists;
    try {
      codes = codeListsFor(collectionYear, new Date().toISOString().slice(0, 10));
    } catch (err) {
      if (err instanceof RangeError) throw new BadRequestException(err.message);
      throw err;
    }
    // A council's header table (CHILD, SEX, DOB) joined to its episodes table, or one joined file.
    let headerFile: Map<string, HeaderRow> | undefined;
    if (files.header !== undefined) {
      const read = readHeader(files.header);
      if (read.headerProblem) throw new BadRequestException(read.headerProblem);
      headerFile = read.children;
    }
    const { episodes, rejected, headerProblem } = readEpisodes(files.episodes, codes, headerFile);
    if (headerProblem) throw new BadRequestException(headerProblem);
    let created = 0;
    let updated = 0;
    const children: { id: string; childRef: string; created: boolean; row: number }[] = [];
    for (const e of episodes) {
      try {
        // A new child joins the importer's team; an existing one is updated only inside their caseload.
        // The row's values before and after, for the audit event naming what changed.
        const counted = await this.dataSource.transaction(async (db) => {
          // Locked first, so nothing changes the row between this read and the upsert.
          const [known]: { fields: Record<string, unknown> }[] = await db.query(
            `SELECT jsonb_build_object(${IMPORT_FIELDS_SQL}) AS fields FROM children WHERE child_ref = $1 FOR UPDATE`,
            [e.childRef],
          );
          const rows: ImportedRow[] = await db.query(
            `INSERT INTO children (child_ref, sex, date_of_birth, care_episode_start, legal_status, placement_type, cohort, team)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (child_ref) DO UPDATE SET sex = coalesce(EXCLUDED.sex, children.sex), date_of_birth = EXCLUDED.date_of_birth,
             care_episode_start = coalesce(EXCLUDED.care_episode_start, children.care_episode_start), legal_status = EXCLUDED.legal_status,
             placement_type = EXCLUDED.placement_type, cohort = coalesce(EXCLUDED.cohort, children.cohort)
           WHERE ${visibleSql('children.id', 9)}
           RETURNING id, (xmax = 0) AS inserted, jsonb_build_object(${IMPORT_FIELDS_SQL}) AS after`,
            [
              e.childRef,
              e.sex,
              e.dateOfBirth,
              e.episodeStart,
              e.legalStatus,
              e.placementType,
              cohort ?? null,
              homeTeamOf(caller),
              ...caseloadArgs(caller),
            ],
          );
          if (rows.length === 0) return 'refused';
          const [{ id, inserted, after }] = rows;
          children.push({ id, childRef: e.childRef, created: inserted, row: e.row });
          if (inserted) {
            await this.audit.record(db, id, 'child-imported', caller, {
              childRef: { from: null, to: e.childRef },
              ...createdFields(after, IMPORT_FIELDS),
            });
            return 'created';
          }
          const changes = diffFields(known?.fields ?? null, after, IMPORT_FIELDS);
          if (Object.keys(changes).length) await this.audit.record(db, id, 'child-updated-by-import', caller, changes);
          return 'updated';
        });
        if (counted === 'refused') {
          // Someone else's child: refused as if unknown, never confirming the reference exists.
          rejected.push({ row: e.row, reason: 'not found: the child is not on your caseload' });
          continue;
        }
        if (counted === 'created') created++;
        else updated++;
      } catch (err) {
        // The database's own text stays in the log; the row says only that it was not saved.
        this.logger.error(`SSDA903 import row ${e.row} not saved: ${(err as Error).message}`);
        rejected.push({ row: e.row, reason: 'not saved (the error is in the service log)' });
      }
    }
    return {
      created,
      updated,
      rejected: rejected.sort((a, b) => a.row - b.row),
      children,
      collectionYear: codes.collectionYear,
    };
  }

  /** The caller's caseload, by CHILD reference: `q` matches part of a name or reference, `childRef` one reference. */
  async list(query: ListChildrenQuery, caller: Caller) {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const qb = this.children.createQueryBuilder('c').where(...visibleWhere('c.id', caller));
    if (query.childRef) qb.andWhere('c.child_ref = :childRef', { childRef: query.childRef.trim() });
    if (query.q) {
      // The words typed are matched literally: LIKE's own wildcards are escaped.
      const like = `%${query.q.trim().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      qb.andWhere(
        `(c.child_ref ILIKE :like OR c.first_name ILIKE :like OR c.last_name ILIKE :like
          OR concat_ws(' ', c.first_name, c.last_name) ILIKE :like)`,
        { like },
      );
    }
    const [rows, total] = await qb
      .orderBy('c.child_ref', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    const items = rows.map((c) => ({
      id: c.id,
      childRef: c.childRef,
      firstName: c.firstName,
      lastName: c.lastName,
      dateOfBirth: c.dateOfBirth,
      legalStatus: c.legalStatus,
      placementType: c.placementType,
      cohort: c.cohort,
    }));
    return { items, total, page, pageSize };
  }

  /** 404 unless the child is on the caller's caseload (never confirming that it exists). */
  async assertVisible(id: string, caller: Caller): Promise<void> {
    const [row] = await this.children.query(`SELECT ${childVisibleSql(1, 2)} AS visible`, [
      id,
      ...caseloadArgs(caller),
    ]);
    if (!row?.visible) throw new NotFoundException(`No child ${id}`);
  }

  /** Admins move a child to a team's caseload. */
  async setTeam(id: string, team: string, caller: Caller) {
    await this.assertVisible(id, caller);
    await this.dataSource.transaction(async (db) => {
      const before = await lockedChild(db, id);
      await db.update(ChildEntity, { id }, { team });
      const changes = diffFields({ team: before.team }, { team }, ['team']);
      if (Object.keys(changes).length) await this.audit.record(db, id, 'team-changed', caller, changes);
    });
    return this.get(id, caller);
  }

  /** Managers (of the child's team) and admins restrict a record to named staff, or lift it. */
  async setRestriction(id: string, restricted: boolean, staff: string[], caller: Caller) {
    await this.assertVisible(id, caller);
    const after = { restricted, restrictedStaff: restricted ? [...new Set(staff)] : [] };
    await this.dataSource.transaction(async (db) => {
      const before = await lockedChild(db, id);
      await db.update(ChildEntity, { id }, after);
      const changes = diffFields(before as unknown as Record<string, unknown>, after, [
        'restricted',
        'restrictedStaff',
      ]);
      if (Object.keys(changes).length) await this.audit.record(db, id, 'restriction-changed', caller, changes);
    });
    return this.get(id, caller);
  }

  async get(id: string, caller: Caller) {
    await this.assertVisible(id, caller);
    const child = await this.children.findOne({ where: { id }, relations: { carers: true } });
    if (!child) throw new NotFoundException(`No child ${id}`);
    const processes = await this.processes.find({
      select: { id: true, type: true, status: true, stage: true },
      where: { childId: id },
      order: { startedAt: 'DESC' },
    });
    const carers = child.carers.map(({ child: _child, ...carer }) => carer);
    return {
      ...child,
      carers,
      processes: processes.map((p) => ({ id: p.id, type: p.type, status: p.status, stage: p.stage })),
    };
  }
}

/**
 * The child's row, locked for the change; 404 when there is none (an admin's caseload check passes
 * for any id, so the row itself decides).
 */
async function lockedChild(db: EntityManager, id: string): Promise<ChildEntity> {
  const child = await db.findOne(ChildEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!child) throw new NotFoundException(`No child ${id}`);
  return child;
}
