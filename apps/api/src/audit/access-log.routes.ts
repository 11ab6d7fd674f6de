/**
 * The reads that are access-logged, by route pattern (method and Express path, as Nest registers
 * them), and what the route's `:id` names. One table, so a new read of a child's data is logged by
 * adding a line here rather than by code in its controller:
 * - `child`: `:id` is the child;
 * - `process`: `:id` is a process (case), whose child is looked up;
 * - `child-list`: the children in the answer (`items[].id`);
 * - `process-list`: the processes in the answer (`items[].id`);
 * - `task-list`: the processes of the tasks in the answer (`items[].processId`): they carry the child's name;
 * - `notifications`: `?processId`, else the processes of the notifications in the answer;
 * - `batch-refused`: the children a bulk start refused and named (`refused[].childId` with `child`).
 */
export type AccessTarget =
  'child' | 'child-list' | 'process' | 'process-list' | 'task-list' | 'notifications' | 'batch-refused';

export const ACCESS_LOGGED_ROUTES: Readonly<Record<string, AccessTarget>> = {
  'GET /children': 'child-list',
  'GET /children/:id': 'child',
  'GET /children/:id/record': 'child',
  'GET /processes': 'process-list',
  'GET /processes/:id': 'process',
  'GET /processes/:id/timeline': 'process',
  'GET /processes/:id/documents': 'process',
  'GET /processes/:id/connections': 'process',
  'GET /processes/:id/people-to-find': 'process',
  'GET /tasks': 'task-list',
  'GET /notifications': 'notifications',
  'POST /processes/:type/batch': 'batch-refused',
};
