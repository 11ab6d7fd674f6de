import {
  ErrorType,
  Role,
  checkClaim,
  checkCompletion,
  sgoTasks,
  taskAlarms,
  type Actor,
  type TaskState,
} from '../../libs/domain/src';

const chair: Actor = { sub: 'chair-1', name: 'Pat Chair', roles: [Role.PanelChair] };
const socialWorker: Actor = { sub: 'sw-1', name: 'Sam Worker', roles: [Role.SocialWorker] };

const openPanelTask = (overrides: Partial<TaskState> = {}): TaskState => ({
  ...sgoTasks.panelDecision('sw-1'),
  id: 'p-t3',
  status: 'open',
  createdAt: '2026-11-01T00:00:00.000Z',
  dueAt: '2026-11-29T00:00:00.000Z',
  ...overrides,
});

const refusalOf = (fn: () => void) => expect(fn).toThrow(expect.objectContaining({ type: expect.any(String) }));

describe('human task completion rules', () => {
  it('accepts an allowed outcome with its required data from a candidate role', () => {
    expect(() =>
      checkCompletion(openPanelTask(), {
        taskId: 'p-t3',
        outcome: 'recommend',
        data: { panelDate: '2026-11-20' },
        actor: chair,
      }),
    ).not.toThrow();
  });

  it.each([
    [
      'a closed task',
      openPanelTask({ status: 'completed' }),
      { outcome: 'recommend', data: { panelDate: '2026-11-20' }, actor: chair },
      ErrorType.TaskNotOpen,
    ],
    [
      'an outcome not allowed',
      openPanelTask(),
      { outcome: 'approve', data: { panelDate: '2026-11-20' }, actor: chair },
      ErrorType.OutcomeNotAllowed,
    ],
    ['missing required data', openPanelTask(), { outcome: 'recommend', actor: chair }, ErrorType.MissingTaskData],
    [
      'data the outcome adds, missing',
      openPanelTask(),
      { outcome: 'defer', data: { panelDate: '2026-11-20' }, actor: chair },
      ErrorType.MissingTaskData,
    ],
    [
      'a malformed date',
      openPanelTask(),
      { outcome: 'recommend', data: { panelDate: '20/11/2026' }, actor: chair },
      ErrorType.InvalidTaskData,
    ],
    [
      'a role not among the candidates',
      openPanelTask(),
      { outcome: 'recommend', data: { panelDate: '2026-11-20' }, actor: socialWorker },
      ErrorType.RoleNotAllowed,
    ],
    [
      'the proposer approving their own proposal',
      openPanelTask(),
      {
        outcome: 'recommend',
        data: { panelDate: '2026-11-20' },
        actor: { ...socialWorker, roles: [Role.SocialWorker, Role.PanelChair] },
      },
      ErrorType.SeparationOfDuties,
    ],
  ])('refuses %s', (_case, task, completion, type) => {
    const attempt = () => checkCompletion(task, { taskId: task.id, ...completion });
    refusalOf(attempt);
    expect(attempt).toThrow(expect.objectContaining({ type }));
  });

  it('refuses a task that does not exist', () => {
    expect(() => checkCompletion(undefined, { taskId: 'nope', outcome: 'recommend', actor: chair })).toThrow(
      expect.objectContaining({ type: ErrorType.TaskNotFound }),
    );
  });

  it('checks a checklist field has every required item', () => {
    const report: TaskState = { ...sgoTasks.courtReport(), id: 'p-t9', status: 'open', createdAt: '', dueAt: '' };
    expect(() =>
      checkCompletion(report, {
        taskId: 'p-t9',
        outcome: 'report-completed',
        data: { sections: ['child'], recommendation: 'SGO' },
        actor: socialWorker,
      }),
    ).toThrow(/sections is missing: harm-already-suffered/);
  });

  it('lets only candidate roles claim', () => {
    expect(() => checkClaim(openPanelTask(), { taskId: 'p-t3', actor: chair })).not.toThrow();
    expect(() => checkClaim(openPanelTask(), { taskId: 'p-t3', actor: socialWorker })).toThrow(
      expect.objectContaining({ type: ErrorType.RoleNotAllowed }),
    );
  });
});

describe('task reminders and escalation', () => {
  const timing = { reminderLeadTimes: ['P5W', 'P2W'], escalateAfterDue: 'P1D' };
  const due = new Date('2027-03-01T00:00:00Z');

  it('reminds at each lead time before the due date, then escalates once after it', () => {
    const alarms = taskAlarms(new Date('2026-12-01T00:00:00Z'), due, timing);
    expect(alarms.map((a) => [a.kind, a.key, a.at.toISOString()])).toEqual([
      ['reminder', 'reminder-1', '2027-01-25T00:00:00.000Z'],
      ['reminder', 'reminder-2', '2027-02-15T00:00:00.000Z'],
      ['escalation', 'escalation', '2027-03-02T00:00:00.000Z'],
    ]);
  });

  it('keeps an escalation whose time has already gone, so a late task is reported at once', () => {
    const alarms = taskAlarms(new Date('2027-03-05T00:00:00Z'), due, timing);
    expect(alarms.map((a) => a.key)).toEqual(['escalation']);
  });

  it('drops reminders already in the past', () => {
    const alarms = taskAlarms(new Date('2027-02-01T00:00:00Z'), due, timing);
    expect(alarms.map((a) => a.key)).toEqual(['reminder-2', 'escalation']);
  });
});
