import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CarerEntity, ChildEntity, ProcessEntity } from '../../../../libs/persistence/src';
import { ChildrenController } from './children.controller';
import { ChildrenService } from './children.service';

/** Children and their carers: recorded one by one or loaded from an SSDA903 episodes file. */
@Module({
  imports: [TypeOrmModule.forFeature([ChildEntity, CarerEntity, ProcessEntity])],
  controllers: [ChildrenController],
  providers: [ChildrenService],
})
export class ChildrenModule {}
