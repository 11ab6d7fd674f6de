import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import type registered from './search-attributes.json';

/**
 * Search attributes: process facts only, never personal data. The Temporal server must have them
 * registered before a workflow upserts them: the names and types live in search-attributes.json,
 * which `npm start`/`npm test` read to pass them to `temporal server start-dev`
 * (scripts/lib/temporal-server.js); docker-compose's schema job names the same three.
 */
type Name = keyof typeof registered;
const keyword = (name: Name) => defineSearchAttributeKey(name, SearchAttributeType.KEYWORD);

export const ProcessTypeKey = keyword('KinshipProcessType');
export const StageKey = keyword('KinshipStage');
export const StatusKey = keyword('KinshipStatus');
