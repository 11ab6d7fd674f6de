import { deadlineName, everyInterval, longDate, processName, stageName } from './email-words';

/**
 * What a workflow asks to be sent: a template and the ids and facts it names, never words or names.
 * The activity loads the rest from PostgreSQL and renders it here.
 */
export type EmailTemplate =
  | { id: 'task-reminder' | 'task-escalation'; taskId: string; dueDate: string }
  | { id: 'deadline-reminder' | 'deadline-passed'; deadline: string; dueDate: string }
  | { id: 'timetable-review'; interval: string }
  | { id: 'process-failed' };

/** What the activity loaded for a template: the case as PostgreSQL has it. */
export interface EmailContext {
  processType: string;
  stage: string;
  caseUrl: string;
  task?: { title: string };
}

export interface RenderedEmail {
  subject: string;
  body: string;
}

/** Every email ends with where to act: the case in the web app. */
const withLink = (paragraphs: string[], ctx: EmailContext) =>
  [...paragraphs, `Open the case: ${ctx.caseUrl}`].join('\n\n') + '\n';

export function renderEmail(template: EmailTemplate, ctx: EmailContext): RenderedEmail {
  const process = processName(ctx.processType);
  const stage = stageName(ctx.stage);
  switch (template.id) {
    case 'task-reminder': {
      const title = ctx.task?.title ?? 'A task';
      return {
        subject: `Reminder: ${title}`,
        body: withLink([`The task "${title}" is due on ${longDate(template.dueDate)}.`, `Stage: ${stage}.`], ctx),
      };
    }
    case 'task-escalation': {
      const title = ctx.task?.title ?? 'A task';
      return {
        subject: `Overdue: ${title}`,
        body: withLink(
          [
            `The task "${title}" was due on ${longDate(template.dueDate)} and is still open.`,
            'As team manager, please make sure someone picks it up.',
            `Stage: ${stage}.`,
          ],
          ctx,
        ),
      };
    }
    case 'deadline-reminder':
    case 'deadline-passed': {
      const what = deadlineName(template.deadline);
      const passed = template.id === 'deadline-passed';
      return {
        subject: passed ? `Deadline passed: ${what}` : `Deadline approaching: ${what}`,
        body: withLink(
          [
            passed
              ? `The deadline for the ${what} was ${longDate(template.dueDate)} and has passed.`
              : `The deadline for the ${what} is ${longDate(template.dueDate)}.`,
            `Stage: ${stage}.`,
          ],
          ctx,
        ),
      };
    }
    case 'timetable-review':
      return {
        subject: 'Conversion timetable review due',
        body: withLink(
          [
            `The timetable review for this ${process} is due. Reviews are due ${everyInterval(template.interval)} while the case is open.`,
            `The case is now at the stage: ${stage}.`,
          ],
          ctx,
        ),
      };
    case 'process-failed':
      return {
        subject: 'A case has stopped and needs a manager',
        body: withLink(
          [
            `This ${process} could not record its state and has closed as failed.`,
            'What to do: read the case timeline to see what could not be recorded, correct the record, then start the process again.',
          ],
          ctx,
        ),
      };
  }
}
