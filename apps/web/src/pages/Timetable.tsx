import { ChildName } from '../components/ChildName';
import { Loaded, OverdueTag } from '../components/Messages';
import { Page } from '../components/Page';
import { formatDate, isOverdue } from '../format';
import { useLoad } from '../hooks';
import { humanise, stageLabel, statusLabel } from '../labels';
import { Link } from '../router';
import { loadOpenConversions, nextDue } from './openConversions';

/** The timetable review: every open conversion, soonest due date first. */
export function Timetable() {
  const cases = useLoad(loadOpenConversions, 'timetable');
  return (
    <Page title="Timetable review">
      <p>
        Every open conversion's timetable is reviewed regularly (how often is set in the council's policy). The service
        emails the managers' mailbox when each review is due. This list shows each open case with its due dates, the
        soonest first.
      </p>
      <Loaded state={cases} what="the open conversions">
        {(all) => {
          const sorted = [...all].sort((a, b) =>
            (nextDue(a)?.when ?? '9999').localeCompare(nextDue(b)?.when ?? '9999'),
          );
          if (sorted.length === 0) return <p>There are no open conversions.</p>;
          return (
            <table>
              <caption className="visually-hidden">Open conversions with their due dates</caption>
              <thead>
                <tr>
                  <th scope="col">Case</th>
                  <th scope="col">Stage</th>
                  <th scope="col">Status</th>
                  <th scope="col">Due dates</th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((p) => {
                  const dates = Object.entries(p.dueDates ?? {}).sort(([, a], [, b]) => a.localeCompare(b));
                  return (
                    <tr key={p.id}>
                      <td>
                        <Link to={`/cases/${p.id}`}>
                          <ChildName childId={p.childId} />
                        </Link>
                      </td>
                      <td>{stageLabel(p.stage)}</td>
                      <td>{statusLabel(p.status)}</td>
                      <td>
                        {dates.length === 0 ? (
                          'Nothing due'
                        ) : (
                          <ul className="plain">
                            {dates.map(([what, when]) => (
                              <li key={what}>
                                {humanise(what)}: {formatDate(when)} {isOverdue(when) && <OverdueTag />}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          );
        }}
      </Loaded>
    </Page>
  );
}
