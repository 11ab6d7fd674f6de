import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TemporalConfig } from '../../libs/config/src';
import { renderEmail, type EmailTemplate, type RenderedEmail } from './email-templates';
import { OutboxDispatcher } from './outbox-dispatcher';

export const WEB_BASE_URL = Symbol('WEB_BASE_URL');

interface NotificationAddress {
  /** Unique per message the process means to send: the same key is never queued twice. */
  key: string;
  processId: string;
  childId: string;
  /**
   * A member of staff (resolved from the staff directory), or the child's carers (their recorded
   * email), or else the team mailbox.
   */
  recipient: { sub?: string; carersOfChild?: boolean; mailbox: string };
  kind: string;
}

/**
 * A message to queue: either a template with ids (what workflows send since the patch
 * `notifications-rendered-from-postgres`, so no words reach Temporal), or words already written
 * (letters, rendered in their own activity, and workflows started before that patch).
 */
export type NotificationRequest = NotificationAddress & ({ template: EmailTemplate } | RenderedEmail);

/**
 * Puts an email in the outbox (the notifications table) and returns at once: the dispatcher sends
 * it, so a case never waits on SMTP. The key makes a retried activity a no-op, and the Message-ID
 * derives from it, so a resend after a crash between SMTP's acceptance and the commit is
 * recognisable downstream.
 */
@Injectable()
export class NotificationActivities {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dispatcher: OutboxDispatcher,
    private readonly temporal: TemporalConfig,
    @Inject(WEB_BASE_URL) private readonly webBaseUrl: string,
  ) {}

  async sendNotification(req: NotificationRequest): Promise<void> {
    const [existing] = await this.dataSource.query(`SELECT 1 FROM notifications WHERE idempotency_key = $1`, [req.key]);
    if (existing) return;
    const to = await this.addressOf(req.recipient, req.childId);
    const [child] = await this.dataSource.query(`SELECT child_ref FROM children WHERE id = $1`, [req.childId]);
    const email = 'template' in req ? await this.render(req.template, req.processId) : req;
    const subject = child ? `[${child.child_ref}] ${email.subject}` : email.subject;
    const messageId = `<${createHash('sha256').update(req.key).digest('hex').slice(0, 32)}@kinship-workflows>`;
    await this.dataSource.query(
      `INSERT INTO notifications (idempotency_key, process_id, to_address, subject, kind, body, message_id, task_queue)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (idempotency_key) DO NOTHING`,
      [req.key, req.processId, to, subject, req.kind, email.body, messageId, this.temporal.taskQueue],
    );
    this.dispatcher.nudge();
  }

  /** Renders a template from the case as PostgreSQL holds it: the process, its stage, the task. */
  private async render(template: EmailTemplate, processId: string): Promise<RenderedEmail> {
    const [process] = await this.dataSource.query(`SELECT type, stage FROM processes WHERE id = $1`, [processId]);
    const task =
      'taskId' in template
        ? (await this.dataSource.query(`SELECT title FROM tasks WHERE id = $1`, [template.taskId]))[0]
        : undefined;
    return renderEmail(template, {
      processType: process?.type ?? 'process',
      stage: process?.stage ?? '',
      caseUrl: `${this.webBaseUrl}/cases/${processId}`,
      task,
    });
  }

  private async addressOf(recipient: NotificationRequest['recipient'], childId: string): Promise<string> {
    if (recipient.sub) {
      const [person] = await this.dataSource.query(`SELECT email FROM staff WHERE sub = $1`, [recipient.sub]);
      if (person?.email) return person.email;
    }
    if (recipient.carersOfChild) {
      const carers: { email: string }[] = await this.dataSource.query(
        `SELECT email FROM carers WHERE child_id = $1 AND email IS NOT NULL ORDER BY carer_ref`,
        [childId],
      );
      if (carers.length) return carers.map((c) => c.email).join(', ');
    }
    return recipient.mailbox;
  }
}
