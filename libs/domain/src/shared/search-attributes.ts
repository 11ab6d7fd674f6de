import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/**
 * Search attributes: process facts only, never personal data. The Temporal server must have them
 * registered before a workflow upserts them: `npm start`/`npm test` pass them to `temporal server
 * start-dev` (scripts/lib/temporal-server.js) and docker-compose's `temporal-admin-tools` creates
 * them; both name these three, all Keyword.
 */
export const ProcessTypeKey = defineSearchAttributeKey('KinshipProcessType', SearchAttributeType.KEYWORD);
export const StageKey = defineSearchAttributeKey('KinshipStage', SearchAttributeType.KEYWORD);
export const StatusKey = defineSearchAttributeKey('KinshipStatus', SearchAttributeType.KEYWORD);
