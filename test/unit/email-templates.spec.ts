import { renderEmail } from '../../activities/notifications/email-templates';
import { everyInterval, longDate, stageName } from '../../activities/notifications/email-words';

/** Emails in plain English (GOV.UK style), rendered from what PostgreSQL holds about the case. */
describe('email templates', () => {
  const ctx = {
    processType: 'sgo-conversion',
    stage: 'support-plan-and-financial-assessment',
    caseUrl: 'https://kinship.council.example/cases/8f0c1c7e-0000-4000-8000-000000000001',
    task: { title: 'Write the support plan' },
  };

  it('writes dates as "1 December 2026", never as ISO dates', () => {
    expect(longDate('2026-12-01')).toBe('1 December 2026');
    expect(longDate('2027-01-31T23:59:59.000Z')).toBe('31 January 2027');
    const { body } = renderEmail({ id: 'task-reminder', taskId: 't-1', dueDate: '2026-12-01' }, ctx);
    expect(body).toContain('The task "Write the support plan" is due on 1 December 2026.');
    expect(body).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('names the stage in words, not by its code', () => {
    expect(stageName('carer-discussion')).toBe('Talking with the carers');
    expect(stageName('some-new-stage')).toBe('Some new stage');
    const { body } = renderEmail({ id: 'task-escalation', taskId: 't-1', dueDate: '2026-12-01' }, ctx);
    expect(body).toContain('Stage: Support plan and financial assessment.');
    expect(body).not.toContain('support-plan-and-financial-assessment');
  });

  it('says the real review interval, whatever the policy sets', () => {
    expect(everyInterval('P14D')).toBe('every 14 days');
    expect(everyInterval('P1M')).toBe('every month');
    expect(everyInterval('P2W')).toBe('every 2 weeks');
    expect(everyInterval('P1Y6M')).toBe('every 1 year and 6 months');
    const { body } = renderEmail({ id: 'timetable-review', interval: 'P21D' }, ctx);
    expect(body).toContain('Reviews are due every 21 days while the case is open.');
    expect(body).not.toContain('fortnightly');
  });

  it('links every email to the case in the web app', () => {
    for (const template of [
      { id: 'task-reminder', taskId: 't', dueDate: '2026-12-01' },
      { id: 'deadline-passed', deadline: 'proceedings-deadline', dueDate: '2026-12-01' },
      { id: 'timetable-review', interval: 'P14D' },
      { id: 'process-failed' },
    ] as const) {
      expect(renderEmail(template, ctx).body).toContain(`Open the case: ${ctx.caseUrl}`);
    }
  });

  it('tells the manager of a failed case what happened and what to do', () => {
    const { subject, body } = renderEmail({ id: 'process-failed' }, { ...ctx, stage: 'closed' });
    expect(subject).toBe('A case has stopped and needs a manager');
    expect(body).toContain('This SGO conversion could not record its state and has closed as failed.');
    expect(body).toMatch(/What to do: .*correct the record, then start the process again\./);
  });
});
