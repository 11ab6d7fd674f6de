import { BadRequestException, ConflictException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type Repository } from 'typeorm';
import { CarerEntity, ChildEntity, ProcessEntity } from '../../../../libs/persistence/src';
import { isUniqueViolation } from '../common/pg-errors';
import type { CreateChildDto } from './dto/create-child.dto';
import { readEpisodes } from './ssda903-import';

@Injectable()
export class ChildrenService {
  private readonly logger = new Logger('ChildrenService');

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(ChildEntity) private readonly children: Repository<ChildEntity>,
    @InjectRepository(ProcessEntity) private readonly processes: Repository<ProcessEntity>,
  ) {}

  async create(dto: CreateChildDto) {
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
        return child.id;
      });
      return this.get(saved);
    } catch (err) {
      if (isUniqueViolation(err)) throw new ConflictException(`A child with childRef ${dto.childRef} already exists`);
      throw err;
    }
  }

  /**
   * Loads an SSDA903 episodes file: each good row creates the child or updates their current
   * legal status and placement; each bad row is rejected with its line and reason.
   */
  async import(csv: string, cohort?: string) {
    const { episodes, rejected, headerProblem } = readEpisodes(csv);
    if (headerProblem) throw new BadRequestException(headerProblem);
    let created = 0;
    let updated = 0;
    for (const e of episodes) {
      try {
        const [{ inserted }] = await this.children.query(
          `INSERT INTO children (child_ref, sex, date_of_birth, care_episode_start, legal_status, placement_type, cohort)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (child_ref) DO UPDATE SET sex = coalesce(EXCLUDED.sex, children.sex), date_of_birth = EXCLUDED.date_of_birth,
             care_episode_start = coalesce(EXCLUDED.care_episode_start, children.care_episode_start), legal_status = EXCLUDED.legal_status,
             placement_type = EXCLUDED.placement_type, cohort = coalesce(EXCLUDED.cohort, children.cohort)
           RETURNING (xmax = 0) AS inserted`,
          [e.childRef, e.sex, e.dateOfBirth, e.episodeStart, e.legalStatus, e.placementType, cohort ?? null],
        );
        if (inserted) created++;
        else updated++;
      } catch (err) {
        // The database's own text stays in the log; the row says only that it was not saved.
        this.logger.error(`SSDA903 import row ${e.row} not saved: ${(err as Error).message}`);
        rejected.push({ row: e.row, reason: 'not saved (the error is in the service log)' });
      }
    }
    return { created, updated, rejected: rejected.sort((a, b) => a.row - b.row) };
  }

  async get(id: string) {
    const child = await this.children.findOne({ where: { id }, relations: { carers: true } });
    if (!child) throw new NotFoundException(`No child ${id}`);
    const processes = await this.processes.find({ where: { childId: id }, order: { startedAt: 'DESC' } });
    const carers = child.carers.map(({ child: _child, ...carer }) => carer);
    return {
      ...child,
      carers,
      processes: processes.map((p) => ({ id: p.id, type: p.type, status: p.status, stage: p.stage })),
    };
  }
}
