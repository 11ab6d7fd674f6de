import { Column, Entity, PrimaryColumn } from 'typeorm';

/** People who have acted, from their token claims: where a personal reminder can be sent. */
@Entity('staff')
export class StaffEntity {
  @PrimaryColumn() sub: string;
  @Column() name: string;
  @Column({ type: 'text', nullable: true }) email: string | null;
  @Column({ type: 'text', nullable: true }) team: string | null;
  @Column({ type: 'text', array: true, default: '{}' }) roles: string[];
}
