import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { resolveTexts } from '../../libs/persistence/src/process-texts';
import { NotificationActivities } from '../notifications/notification.activities';

export interface LetterRequest {
  /** Unique per letter: a retry stores and sends nothing twice. */
  key: string;
  processId: string;
  childId: string;
  kind: string;
  title: string;
  /**
   * The letter text; `{{carers}}`, `{{child}}` and `{{text:<id>}}` (the reasons a person gave, kept
   * in PostgreSQL) are filled in here, so names and words never reach Temporal.
   */
  body: string;
  /** Where it goes when the carers have no email: the team that prints and posts it. */
  fallbackMailbox: string;
}

/** Letters to carers: kept as a document on the case and emailed to the carers (or the posting team). */
@Injectable()
export class LetterActivities {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationActivities,
  ) {}

  async sendLetter(req: LetterRequest): Promise<void> {
    const [child] = await this.dataSource.query(`SELECT child_ref, first_name, last_name FROM children WHERE id = $1`, [
      req.childId,
    ]);
    const carers: { first_name: string; last_name: string }[] = await this.dataSource.query(
      `SELECT first_name, last_name FROM carers WHERE child_id = $1 ORDER BY carer_ref`,
      [req.childId],
    );
    const carerNames = carers.map((c) => `${c.first_name} ${c.last_name}`).join(' and ') || 'Special guardian';
    const childName =
      [child?.first_name, child?.last_name].filter(Boolean).join(' ') || `child ${child?.child_ref ?? ''}`.trim();
    const worded = await resolveTexts(this.dataSource, req.processId, req.body);
    const body = worded.replace(/\{\{carers\}\}/g, carerNames).replace(/\{\{child\}\}/g, childName);
    await this.dataSource.query(
      `INSERT INTO documents (idempotency_key, process_id, kind, title, body) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (idempotency_key) DO NOTHING`,
      [req.key, req.processId, req.kind, req.title, body],
    );
    await this.notifications.sendNotification({
      key: `${req.key}/email`,
      processId: req.processId,
      childId: req.childId,
      recipient: { carersOfChild: true, mailbox: req.fallbackMailbox },
      kind: req.kind,
      subject: req.title,
      body,
    });
  }
}
