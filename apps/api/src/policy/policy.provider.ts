import { readFileSync } from 'node:fs';
import { DEFAULT_POLICY, mergePolicy, type Policy } from '../../../../libs/domain/src';

export const POLICY = Symbol('POLICY');

/** The defaults, overlaid with the policy file if there is one. A bad file stops start-up with its reason. */
export function loadPolicy(file: string | undefined): Policy {
  if (!file) return DEFAULT_POLICY;
  const overrides = JSON.parse(readFileSync(file, 'utf8'));
  return mergePolicy(DEFAULT_POLICY, overrides);
}
