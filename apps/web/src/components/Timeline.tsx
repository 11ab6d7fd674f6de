import { formatDateTime } from '../format';
import { eventLabel, outcomeLabel, stageLabel } from '../labels';
import { Link } from '../router';
import { entryWords } from '../timeline-words';
import type { TimelineEvent } from '../types';

/** What has happened on a case, oldest first: when, who, what, in sentences (timeline-words.ts). */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  return (
    <section aria-labelledby="timeline">
      <h2 id="timeline">What has happened</h2>
      <p>Oldest first. Each entry says when, who and what.</p>
      <ol className="timeline">
        {events.map((e, i) => {
          const words = entryWords(e.kind, e.data);
          return (
            <li key={`${e.at}-${i}`}>
              <p className="timeline-head">
                <time dateTime={e.at}>{formatDateTime(e.at)}</time>: <strong>{eventLabel(e.kind)}</strong>
                {e.outcome && <> – {outcomeLabel(e.outcome)}</>}
              </p>
              <p>
                By {e.actor.name}
                {e.stage ? `, at the stage: ${stageLabel(e.stage)}` : ''}
              </p>
              {e.notes && <p className="timeline-notes">Notes: {e.notes}</p>}
              {words.lines.length > 0 && (
                <ul className="timeline-data">
                  {words.lines.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              )}
              {words.link && (
                <p>
                  <Link to={words.link.to}>{words.link.text}</Link>
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
