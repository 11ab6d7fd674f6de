import { Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RuleViolation, checkConversionEligibility, conversionFacts, type ConversionFacts } from '../../../../libs/domain/src';
import { ChildEntity } from '../../../../libs/persistence/src';

/** Reads a child's record into the facts a conversion runs on, refusing (422) an ineligible child. */
@Injectable()
export class ConversionStarter {
  constructor(private readonly dataSource: DataSource) {}

  async factsFor(childId: string): Promise<ConversionFacts> {
    const child = await this.dataSource.getRepository(ChildEntity).findOne({ where: { id: childId }, relations: { carers: true } });
    if (!child) throw new NotFoundException(`No child ${childId}`);
    try {
      checkConversionEligibility(child);
    } catch (err) {
      if (err instanceof RuleViolation) throw new UnprocessableEntityException(err.message);
      throw err;
    }
    return conversionFacts(child, child.carers);
  }
}
