import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/**
 * Search attributes: process facts only, never personal data. The Temporal server must have them
 * registered (scripts/lib/temporal.js passes them to `start-dev`; docker-compose creates them).
 */
export const ProcessTypeKey = defineSearchAttributeKey('KinshipProcessType', SearchAttributeType.KEYWORD);
export const StageKey = defineSearchAttributeKey('KinshipStage', SearchAttributeType.KEYWORD);
export const StatusKey = defineSearchAttributeKey('KinshipStatus', SearchAttributeType.KEYWORD);

export const SEARCH_ATTRIBUTE_NAMES = ['KinshipProcessType', 'KinshipStage', 'KinshipStatus'] as const;
