import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CarerEntity, ChildEntity, ProcessEntity } from '../../../../libs/persistence/src';
import { AuditModule } from '../audit/audit.module';
import { ChildrenController } from './children.controller';
import { ChildrenService } from './children.service';

/** Children and their carers: recorded one by one or loaded from an SSDA903 episodes file. */
@Module({
  imports: [TypeOrmModule.forFeature([ChildEntity, CarerEntity, ProcessEntity]), AuditModule],
  controllers: [ChildrenController],
  providers: [ChildrenService],
  exports: [ChildrenService],
})
export class ChildrenModule {}
