import { readEpisodes } from '../../apps/api/src/children/ssda903-import';
import {
  ErrorType,
  Role,
  checkApplicationAfterNotice,
  checkCompletion,
  checkPanelDeferral,
  sgoTasks,
  type Actor,
  type TaskSpec,
  type TaskState,
} from '../../libs/domain/src';

const socialWorker: Actor = { sub: 'sw-1', name: 'Sam Worker', roles: [Role.SocialWorker] };
const chair: Actor = { sub: 'chair-1', name: 'Pat Chair', roles: [Role.PanelChair] };
const TODAY = '2026-12-02';
const open = (spec: TaskSpec): TaskState => ({
  ...spec,
  id: 't1',
  status: 'open',
  createdAt: '2026-11-01T00:00:00Z',
  dueAt: '2026-12-30T00:00:00Z',
});
const refusal = (fn: () => void) => {
  try {
    fn();
  } catch (err) {
    return err as { type: string; message: string };
  }
  throw new Error('not refused');
};

describe('dates of things that have happened are not after today, and a conversion keeps its order of dates', () => {
  it('refuses a carer discussion, a panel or an order dated after today, naming the field and the rule', () => {
    const discussion = refusal(() =>
      checkCompletion(
        open(sgoTasks.carerDiscussion()),
        { taskId: 't1', outcome: 'carers-agree', data: { discussionDate: '2027-01-05' }, actor: socialWorker },
        TODAY,
      ),
    );
    expect(discussion).toMatchObject({ type: ErrorType.InvalidTaskData });
    expect(discussion.message).toMatch(
      /discussionDate 2027-01-05 is in the future.*cannot be after today \(2026-12-02\)/,
    );
    const panel = refusal(() =>
      checkCompletion(
        open(sgoTasks.panelDecision('sw-1')),
        { taskId: 't1', outcome: 'recommend', data: { panelDate: '2026-12-03' }, actor: chair },
        TODAY,
      ),
    );
    expect(panel.message).toMatch(/^panelDate 2026-12-03 is in the future/);
    const order = refusal(() =>
      checkCompletion(
        open(sgoTasks.courtOutcome()),
        { taskId: 't1', outcome: 'sgo-made', data: { orderDate: '2027-02-15' }, actor: socialWorker },
        TODAY,
      ),
    );
    expect(order.message).toMatch(/^orderDate 2027-02-15 is in the future/);
  });

  it('accepts those dates today, and a date after today where nothing says it has happened (the next panel)', () => {
    expect(() =>
      checkCompletion(
        open(sgoTasks.panelDecision('sw-1')),
        { taskId: 't1', outcome: 'defer', data: { panelDate: TODAY, nextPanelDate: '2027-01-05' }, actor: chair },
        TODAY,
      ),
    ).not.toThrow();
  });

  it('refuses a deferral whose next panel date is not after the day the panel sat', () => {
    expect(refusal(() => checkPanelDeferral('2026-11-16', '2026-11-10'))).toMatchObject({
      type: ErrorType.RuleRefused,
      message: expect.stringMatching(/nextPanelDate 2026-11-10 is not after panelDate 2026-11-16/),
    });
    expect(() => checkPanelDeferral('2026-11-16', '2026-11-16')).toThrow();
    expect(() => checkPanelDeferral('2026-11-16', '2026-11-17')).not.toThrow();
  });

  it('refuses an application made less than 3 months after the notice of intention (domain.md §1.1), saying when it can be made', () => {
    expect(refusal(() => checkApplicationAfterNotice('2026-11-23', '2027-01-05', 'P3M'))).toMatchObject({
      type: ErrorType.RuleRefused,
      message: expect.stringMatching(/less than P3M after the notice of intention on 2026-11-23.*from 2027-02-23/),
    });
    expect(() => checkApplicationAfterNotice('2026-11-23', '2027-02-22', 'P3M')).toThrow();
    expect(() => checkApplicationAfterNotice('2026-11-23', '2027-02-23', 'P3M')).not.toThrow();
  });

  it('rejects an SSDA903 row for a child born after today, naming DOB and the rule', () => {
    const future = new Date(Date.now() + 400 * 86_400_000);
    const dob = `${String(future.getUTCDate()).padStart(2, '0')}/${String(future.getUTCMonth() + 1).padStart(2, '0')}/${future.getUTCFullYear()}`;
    const read = readEpisodes(`CHILD,DOB,LS,PLACE\nF1,${dob},C2,U1\nP1,01/01/2015,C2,U1\n`);
    expect(read.rejected).toEqual([
      { row: 2, reason: `DOB ${dob} is in the future: a child cannot be born after today` },
    ]);
    expect(read.episodes.map((e) => e.childRef)).toEqual(['P1']);
  });
});
