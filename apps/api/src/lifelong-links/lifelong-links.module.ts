import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConnectionEntity, PersonToFindEntity } from '../../../../libs/persistence/src';
import { ProcessesModule } from '../processes/processes.module';
import { ConnectionsController, PeopleToFindController } from './connections.controller';
import { LifelongLinksService } from './lifelong-links.service';

/** The people a Lifelong Links process is about; the process itself runs under processes. */
@Module({
  imports: [TypeOrmModule.forFeature([ConnectionEntity, PersonToFindEntity]), ProcessesModule],
  controllers: [ConnectionsController, PeopleToFindController],
  providers: [LifelongLinksService],
})
export class LifelongLinksModule {}
