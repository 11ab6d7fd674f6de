import { ApiProperty } from '@nestjs/swagger';

/** What the approved-providers routes answer (providers.service.ts). */

export class ProviderView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [String] }) therapyTypes: string[];
  @ApiProperty({ description: 'false once taken off the approved list' }) active: boolean;
}

export class ProviderList {
  @ApiProperty({ type: [ProviderView], description: 'by name' }) items: ProviderView[];
  @ApiProperty({ type: 'integer', minimum: 0 }) total: number;
}
