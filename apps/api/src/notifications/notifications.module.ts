import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationEntity } from '../../../../libs/persistence/src';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** The emails the service has sent. */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity])],
  controllers: [NotificationsController],
  providers: [NotificationsService],
})
export class NotificationsModule {}
