import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CarerEntity, ChildEntity, ProcessEntity } from '../../../../libs/persistence/src';
import { isUniqueViolation } from '../common/pg-errors';
import type { CreateChildDto } from './dto/create-child.dto';

@Injectable()
export class ChildrenService {
  constructor(private readonly dataSource: DataSource) {}

  async create(dto: CreateChildDto) {
    try {
      const saved = await this.dataSource.transaction(async (db) => {
        const child = await db.save(ChildEntity, db.create(ChildEntity, { ...dto, carers: undefined, careEpisodeStart: dto.careEpisodeStart ?? null, ehcp: dto.ehcp ?? false }));
        const carers = dto.carers.map((c) =>
          db.create(CarerEntity, { ...c, child, isRelativeOrFriend: c.isRelativeOrFriend ?? true, livingWithChildSince: c.livingWithChildSince ?? null }),
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

  async get(id: string) {
    const child = await this.dataSource.getRepository(ChildEntity).findOne({ where: { id }, relations: { carers: true } });
    if (!child) throw new NotFoundException(`No child ${id}`);
    const processes = await this.dataSource.getRepository(ProcessEntity).find({ where: { childId: id }, order: { startedAt: 'DESC' } });
    const carers = child.carers.map(({ child: _child, ...carer }) => carer);
    return { ...child, carers, processes: processes.map((p) => ({ id: p.id, type: p.type, status: p.status, stage: p.stage })) };
  }
}
