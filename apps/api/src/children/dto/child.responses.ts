import { ApiProperty } from '@nestjs/swagger';
import { PROCESS_TYPES } from '../../../../../libs/domain/src';
import { PROCESS_STATUSES } from '../../processes/dto/process.responses';

/** What the API answers about children (children.service.ts: the record, its carers, its processes). */

export class CarerView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'K1' }) carerRef: string;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ example: 'grandparent' }) relationship: string;
  @ApiProperty() isFormerFosterCarer: boolean;
  @ApiProperty() isRelativeOrFriend: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'email' }) email: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) livingWithChildSince: string | null;
}

export class ChildProcessView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: PROCESS_TYPES }) type: string;
  @ApiProperty({ enum: PROCESS_STATUSES }) status: string;
  @ApiProperty() stage: string;
}

export class ChildView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'C0001', description: 'the SSDA903 CHILD reference' }) childRef: string;
  @ApiProperty({ type: String, nullable: true, description: 'null when loaded from an SSDA903 return' })
  firstName: string | null;
  @ApiProperty({ type: String, nullable: true }) lastName: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'SSDA903 SEX (1 or 2)' }) sex: string | null;
  @ApiProperty({ type: String, nullable: true }) cohort: string | null;
  @ApiProperty({ format: 'date' }) dateOfBirth: string;
  @ApiProperty({ example: 'C2', description: 'SSDA903 legal status' }) legalStatus: string;
  @ApiProperty({ example: 'U1', description: 'SSDA903 placement type' }) placementType: string;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) careEpisodeStart: string | null;
  @ApiProperty({ description: 'has an education, health and care plan' }) ehcp: boolean;
  @ApiProperty() lookedAfter: boolean;
  @ApiProperty() previouslyLookedAfter: boolean;
  @ApiProperty({ type: String, nullable: true, description: "whose caseload it is on (null: auditors' and admins')" })
  team: string | null;
  @ApiProperty({ type: String, nullable: true, description: "the allocated social worker's sub" })
  allocatedWorkerSub: string | null;
  @ApiProperty({ description: 'seen only by the staff named and their managers' }) restricted: boolean;
  @ApiProperty({ type: [String] }) restrictedStaff: string[];
  @ApiProperty({ type: [CarerView] }) carers: CarerView[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: [ChildProcessView], description: 'newest first' }) processes: ChildProcessView[];
}

export class RejectedRow {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'the line of the file' }) row: number;
  @ApiProperty() reason: string;
}

/** A child an import created or updated, so the caller can go on to them (screening, their page). */
export class ImportedChild {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '100001', description: 'the SSDA903 CHILD reference' }) childRef: string;
  @ApiProperty({ description: 'true for a new record, false for one the row updated' }) created: boolean;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'the line of the file' }) row: number;
}

export class ImportResult {
  @ApiProperty({ type: 'integer', minimum: 0 }) created: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) updated: number;
  @ApiProperty({ type: [RejectedRow] }) rejected: RejectedRow[];
  @ApiProperty({ type: [ImportedChild], description: 'every child the file created or updated, in file order' })
  children: ImportedChild[];
  @ApiProperty({ example: '2025-26', description: 'the SSDA903 collection year whose code lists were applied' })
  collectionYear: string;
}

/** One child in a search of the caseload: enough to tell children apart and go to their page. */
export class ChildSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'C0001', description: 'the SSDA903 CHILD reference' }) childRef: string;
  @ApiProperty({ type: String, nullable: true }) firstName: string | null;
  @ApiProperty({ type: String, nullable: true }) lastName: string | null;
  @ApiProperty({ format: 'date' }) dateOfBirth: string;
  @ApiProperty({ example: 'C2', description: 'SSDA903 legal status' }) legalStatus: string;
  @ApiProperty({ example: 'U1', description: 'SSDA903 placement type' }) placementType: string;
  @ApiProperty({ type: String, nullable: true }) cohort: string | null;
}

export class ChildList {
  @ApiProperty({ type: [ChildSummary], description: 'by CHILD reference' }) items: ChildSummary[];
  @ApiProperty({ type: 'integer', minimum: 0 }) total: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) page: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 200 }) pageSize: number;
}
