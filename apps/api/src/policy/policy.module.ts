import { Module } from '@nestjs/common';
import { PolicyConfig } from '../../../../libs/config/src';
import { POLICY, loadPolicy } from './policy.provider';

/** The council's policy (defaults overlaid with KINSHIP_POLICY_FILE), under the POLICY token. */
@Module({
  providers: [
    { provide: POLICY, inject: [PolicyConfig], useFactory: (config: PolicyConfig) => loadPolicy(config.file) },
  ],
  exports: [POLICY],
})
export class PolicyModule {}
