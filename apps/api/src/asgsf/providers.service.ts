import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AsgsfProviderEntity } from '../../../../libs/persistence/src';
import { isUniqueViolation } from '../common/pg-errors';
import type { CreateProviderDto } from './dto/create-provider.dto';

const view = (p: AsgsfProviderEntity) => ({ id: p.id, name: p.name, therapyTypes: p.therapyTypes, active: p.active });

/** The council's approved list of therapy providers: an ASGSF quote must name one of them. */
@Injectable()
export class ProvidersService {
  constructor(@InjectRepository(AsgsfProviderEntity) private readonly providers: Repository<AsgsfProviderEntity>) {}

  async list() {
    const rows = await this.providers.find({ order: { name: 'ASC' } });
    return { items: rows.map(view), total: rows.length };
  }

  async create(dto: CreateProviderDto) {
    try {
      const saved = await this.providers.save(
        this.providers.create({ name: dto.name, therapyTypes: dto.therapyTypes }),
      );
      return view(saved);
    } catch (err) {
      if (isUniqueViolation(err)) throw new ConflictException(`A provider named ${dto.name} is already on the list`);
      throw err;
    }
  }

  /** Takes a provider off the approved list; quotes already accepted stand. */
  async remove(id: string) {
    const { affected } = await this.providers.update({ id }, { active: false });
    if (!affected) throw new NotFoundException(`No provider ${id}`);
    return view(await this.providers.findOneByOrFail({ id }));
  }
}
