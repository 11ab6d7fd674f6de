import type { components } from './api-types';

/**
 * The API's shapes the web app reads, by the names the pages use. Each one is a schema of the
 * OpenAPI document the API serves (/docs-json), from api-types.ts, which `npm run build` generates
 * from that document: nothing here is written by hand, so the web app cannot drift from the API.
 */
type Schemas = components['schemas'];

export type FieldSpec = Schemas['FieldSpecView'];
export type TimelineEvent = Schemas['TimelineEventView'];
export type Task = Schemas['TaskView'];
export type Process = Schemas['ProcessView'];
export type Child = Schemas['ChildView'];
export type Notification = Schemas['NotificationView'];
export type CaseDocument = Schemas['CaseDocumentView'];
export type ConversionsDashboard = Schemas['ConversionsDashboard'];
export type ReviewFallingDue = Schemas['ReviewFallingDue'];
export type AsgsfDashboard = Schemas['AsgsfDashboard'];
export type ImportResult = Schemas['ImportResult'];
export type BatchStartResult = Schemas['BatchStartResult'];

/** Every list the API answers is `{ items, total }`. */
export interface List<T> {
  items: T[];
  total: number;
}
export type ChildList = Schemas['ChildList'];
export type ChildSummary = Schemas['ChildSummary'];
export type ImportedChild = Schemas['ImportedChild'];
