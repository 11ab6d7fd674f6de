import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EpisodeCeasedEntity } from '../../../../libs/persistence/src';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/** Statutory returns (SSDA903). */
@Module({
  imports: [TypeOrmModule.forFeature([EpisodeCeasedEntity])],
  controllers: [ReportsController],
  providers: [ReportsService],
})
export class ReportsModule {}
