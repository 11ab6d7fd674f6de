import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AsgsfProviderEntity } from '../../../../libs/persistence/src';
import { ProvidersController } from './providers.controller';
import { ProvidersService } from './providers.service';

/** The Adoption and Special Guardianship Support Fund's approved providers (applications run as processes). */
@Module({
  imports: [TypeOrmModule.forFeature([AsgsfProviderEntity])],
  controllers: [ProvidersController],
  providers: [ProvidersService],
})
export class AsgsfModule {}
