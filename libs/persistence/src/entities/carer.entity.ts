import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChildEntity } from './child.entity';

@Entity('carers')
export class CarerEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @ManyToOne(() => ChildEntity, (child) => child.carers, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'child_id' })
  child: ChildEntity;
  @Column({ name: 'carer_ref' }) carerRef: string;
  @Column({ name: 'first_name' }) firstName: string;
  @Column({ name: 'last_name' }) lastName: string;
  @Column() relationship: string;
  @Column({ name: 'is_former_foster_carer' }) isFormerFosterCarer: boolean;
  @Column({ name: 'is_relative_or_friend', default: true }) isRelativeOrFriend: boolean;
  /** Where review packs and letters are emailed; without one they go to the finance team to post. */
  @Column({ type: 'text', nullable: true }) email: string | null;
  @Column({ name: 'living_with_child_since', type: 'date', nullable: true }) livingWithChildSince: string | null;
}
