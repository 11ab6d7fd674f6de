import { CONTACT_OUTCOMES, refuse } from '../../libs/domain/src';
import { records } from '../shared/activities';
import { eventRule, type ProcessRuntime } from '../shared/process-runtime';

export interface Search {
  started: boolean;
  adult: boolean;
  /** Connection id → the safety decision made for it. */
  decisions: Map<string, string>;
  /** Connections found and not yet given a safety-decision task. */
  pending: { id: string; ref: string }[];
}

/**
 * What happens outside the tasks: connections found (their details stay in PostgreSQL; only ids
 * come here), contact with people found (only after a "safe" decision), and the young person
 * withdrawing, which ends everything at once.
 */
export function acceptLinksEvents(rt: ProcessRuntime, search: Search): void {
  rt.acceptEvents({
    'connection-found': eventRule<{ connectionId: string; connectionRef: string }>({
      check: ({ data }) => {
        if (!search.started) refuse('Connections are recorded once the search has started, after consent');
        if (typeof data?.connectionId !== 'string' || typeof data?.connectionRef !== 'string')
          refuse('A connection needs data.connectionId and data.connectionRef');
      },
      apply: ({ data }) => void search.pending.push({ id: data.connectionId, ref: data.connectionRef }),
    }),
    // The young person's own choice, recorded by the coordinator; the names stay in PostgreSQL.
    'person-to-find-named': {
      check: ({ data }) => {
        if (!search.started) refuse('The people to find are recorded once the search has started, after consent');
        if (typeof data?.wishId !== 'string') refuse('data.wishId is needed');
      },
    },
    'contact-made': eventRule<{ connectionId: string; outcome: string }>({
      check: ({ data }) => {
        const decision = search.decisions.get(data?.connectionId as string);
        if (decision !== 'safe-to-contact') {
          refuse(
            `Contact is refused: this connection has ${decision ? `a "${decision}" decision` : 'no safety decision yet'}, not "safe-to-contact"`,
          );
        }
        if (!(CONTACT_OUTCOMES as readonly string[]).includes(data?.outcome as string))
          refuse(`A contact outcome is one of: ${CONTACT_OUTCOMES.join(', ')}`);
      },
      record: ({ data }) => records.recordContactOutcome({ connectionId: data.connectionId, outcome: data.outcome }),
    }),
    'consent-withdrawn': eventRule<{ reason: string }>({
      check: ({ data }) => {
        if (typeof data?.reason !== 'string' || !data.reason.trim())
          refuse('Record why, in data.reason, as the young person said it');
      },
      // The young person may stop at any time: the process ends now and every open task is cancelled.
      apply: ({ data, actor }) => rt.withdraw(`The young person withdrew: ${data.reason}`, actor, 'consent-withdrawn'),
    }),
  });
}
