import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');
export const MAIL_FROM = Symbol('MAIL_FROM');

export interface NotificationRequest {
  /** Unique per message the process means to send: the same key never sends twice. */
  key: string;
  processId: string;
  childId: string;
  /**
   * A member of staff (resolved from the staff directory), or the child's carers (their recorded
   * email), or else the team mailbox.
   */
  recipient: { sub?: string; carersOfChild?: boolean; mailbox: string };
  kind: string;
  subject: string;
  body: string;
}

/**
 * Sends email over SMTP and records it. The key is reserved in PostgreSQL before sending and
 * marked sent after; a retry of a sent key does nothing. The Message-ID derives from the key, so
 * even a resend after a crash between SMTP's acceptance and the commit is recognisable downstream.
 */
@Injectable()
export class NotificationActivities {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(MAIL_TRANSPORT) private readonly transport: Transporter,
    @Inject(MAIL_FROM) private readonly from: string,
  ) {}

  async sendNotification(req: NotificationRequest): Promise<void> {
    const [existing] = await this.dataSource.query(`SELECT sent_at FROM notifications WHERE idempotency_key = $1`, [
      req.key,
    ]);
    if (existing?.sent_at) return;
    const to = await this.addressOf(req.recipient, req.childId);
    const [child] = await this.dataSource.query(`SELECT child_ref FROM children WHERE id = $1`, [req.childId]);
    const subject = child ? `[${child.child_ref}] ${req.subject}` : req.subject;
    const messageId = `<${createHash('sha256').update(req.key).digest('hex').slice(0, 32)}@kinship-workflows>`;
    await this.dataSource.query(
      `INSERT INTO notifications (idempotency_key, process_id, to_address, subject, kind, body, message_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (idempotency_key) DO NOTHING`,
      [req.key, req.processId, to, subject, req.kind, req.body, messageId],
    );
    await this.transport.sendMail({
      from: this.from,
      to,
      subject,
      text: req.body,
      messageId,
      headers: { 'X-Kinship-Process': req.processId },
    });
    await this.dataSource.query(`UPDATE notifications SET sent_at = now() WHERE idempotency_key = $1`, [req.key]);
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
