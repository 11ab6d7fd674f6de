import { ForbiddenException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import {
  Role,
  RuleViolation,
  ageOn,
  checkAsgsfEligibility,
  checkConversionEligibility,
  conversionFacts,
  instantToDate,
  type AllowanceFacts,
  type AsgsfFacts,
  type ConversionFacts,
  type LifelongLinksFacts,
  type ProcessType,
} from '../../../../libs/domain/src';
import { ChildEntity } from '../../../../libs/persistence/src';
import type { Caller } from '../auth/auth.types';
import { visibleWhere } from '../common/caseload';
import { validateBody } from '../common/validation.pipe';
import { StartAllowanceReviewDto, StartProcessDto } from './dto/process.dto';

export interface StartPlan {
  childId: string;
  facts: ConversionFacts | AllowanceFacts | AsgsfFacts | LifelongLinksFacts;
  caseworker?: { sub: string; name: string };
}

const START_ROLES: Record<ProcessType, Role[]> = {
  'sgo-conversion': [Role.Manager],
  'allowance-review': [Role.Manager, Role.FinanceOfficer],
  'asgsf-application': [Role.SocialWorker, Role.Manager],
  'lifelong-links': [Role.SocialWorker, Role.SocialWorkAssistant, Role.PersonalAdviser],
};

const refusal = (err: unknown) => (err instanceof RuleViolation ? new UnprocessableEntityException(err.message) : err);

/**
 * What each process type needs at start: its own fields (400 naming each bad one), the rules that
 * refuse it (422), and the facts its workflow runs on, read from the child's record.
 */
@Injectable()
export class ProcessStarters {
  constructor(@InjectRepository(ChildEntity) private readonly children: Repository<ChildEntity>) {}

  /** Managers start conversions; managers and finance officers load existing guardianships' reviews. */
  assertMayStart(type: ProcessType, roles: Role[]): void {
    const allowed = START_ROLES[type];
    if (!roles.some((role) => allowed.includes(role)))
      throw new ForbiddenException(`Starting ${type} needs one of the roles: ${allowed.join(', ')}`);
  }

  async plan(type: ProcessType, body: unknown, caller: Caller): Promise<StartPlan> {
    if (type === 'allowance-review')
      return this.allowanceReview(await validateBody(StartAllowanceReviewDto, body), caller);
    if (type === 'asgsf-application') return this.asgsfApplication(await validateBody(StartProcessDto, body), caller);
    if (type === 'lifelong-links') {
      const dto = await validateBody(StartProcessDto, body);
      const facts: LifelongLinksFacts = { dateOfBirth: (await this.child(dto.childId, caller)).dateOfBirth };
      return { childId: dto.childId, facts };
    }
    return this.conversion(await validateBody(StartProcessDto, body), caller);
  }

  private async conversion(dto: StartProcessDto, caller: Caller): Promise<StartPlan> {
    const child = await this.child(dto.childId, caller);
    if (!child.lookedAfter)
      throw new UnprocessableEntityException(
        'The child is no longer looked after: an order (SGO or child arrangements order) has ended the care episode, so there is no care order to convert',
      );
    try {
      checkConversionEligibility(child);
    } catch (err) {
      throw refusal(err);
    }
    const caseworker = dto.socialWorker ? { sub: dto.socialWorker.sub, name: dto.socialWorker.name } : undefined;
    return { childId: dto.childId, facts: conversionFacts(child, child.carers), caseworker };
  }

  /** An existing guardianship, loaded by a council: the allowance stops at 18, so a review starts only before then. */
  private async allowanceReview(dto: StartAllowanceReviewDto, caller: Caller): Promise<StartPlan> {
    const child = await this.child(dto.childId, caller);
    const today = instantToDate(new Date());
    if (dto.orderDate > today)
      throw new UnprocessableEntityException(
        `The order date ${dto.orderDate} is in the future; start the review once the order is made`,
      );
    if (dto.orderDate < child.dateOfBirth)
      throw new UnprocessableEntityException('The order date is before the child was born');
    if (ageOn(child.dateOfBirth, today) >= 18) {
      throw new UnprocessableEntityException(
        'The young person is 18 or over: the allowance has ended unless continued for full-time education, which a review started before 18 records',
      );
    }
    const formerFosterCarer = child.carers.length > 0 && child.carers.every((c) => c.isFormerFosterCarer);
    const facts: AllowanceFacts = {
      dateOfBirth: child.dateOfBirth,
      orderDate: dto.orderDate,
      weeklyAllowancePence: dto.weeklyAllowancePence,
      formerFosterCarer,
      remunerationPence: dto.remunerationPence,
    };
    return { childId: dto.childId, facts };
  }

  /** The fund pays for children previously looked after, up to 21 (25 with an EHCP). */
  private async asgsfApplication(dto: StartProcessDto, caller: Caller): Promise<StartPlan> {
    const child = await this.child(dto.childId, caller);
    try {
      checkAsgsfEligibility({
        dateOfBirth: child.dateOfBirth,
        onDate: instantToDate(new Date()),
        previouslyLookedAfter: child.previouslyLookedAfter,
        ehcp: child.ehcp,
      });
    } catch (err) {
      throw refusal(err);
    }
    const facts: AsgsfFacts = { dateOfBirth: child.dateOfBirth, ehcp: child.ehcp };
    return { childId: dto.childId, facts };
  }

  /** The child, if on the caller's caseload (404 otherwise): bulk starts obey the same rule. */
  private async child(childId: string, caller: Caller) {
    const child = await this.children
      .createQueryBuilder('c')
      .leftJoinAndSelect('c.carers', 'carers')
      .where('c.id = :childId', { childId })
      .andWhere(...visibleWhere('c.id', caller))
      .getOne();
    if (!child) throw new NotFoundException(`No child ${childId}`);
    return child;
  }
}
