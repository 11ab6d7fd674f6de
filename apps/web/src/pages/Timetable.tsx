import { useState } from 'react';
import { api } from '../api';
import { childLabel } from '../components/ChildName';
import { Loaded, OverdueTag } from '../components/Messages';
import { Page } from '../components/Page';
import { Pager } from '../components/Pager';
import { formatDate, isOverdue } from '../format';
import { forNow, useLoad } from '../hooks';
import { humanise, stageLabel, statusLabel } from '../labels';
import { Link } from '../router';
import type { List, Process } from '../types';

const PAGE_SIZE = 50;

/** The timetable review: open conversions, soonest due date first (sorted by the API), a page at a time. */
export function Timetable() {
  const [page, setPage] = useState(1);
  const cases = useLoad(
    () =>
      api<List<Process>>(`/processes?type=sgo-conversion&status=open&sort=next-due&pageSize=${PAGE_SIZE}&page=${page}`),
    `timetable|${page}`,
  );
  return (
    <Page title="Timetable review">
      <p>
        Every open conversion's timetable is reviewed regularly (how often is set in the council's policy). The service
        emails the managers' mailbox when each review is due. This list shows each open case with its due dates, the
        soonest first.
      </p>
      <Loaded state={forNow(cases)} what="the open conversions">
        {({ items, total }) => {
          if (items.length === 0) return <p>There are no open conversions.</p>;
          return (
            <>
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
                  {items.map((p) => {
                    const dates = Object.entries(p.dueDates ?? {}).sort(([, a], [, b]) => a.localeCompare(b));
                    return (
                      <tr key={p.id}>
                        <td>
                          <Link to={`/cases/${p.id}`}>{childLabel(p)}</Link>
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
              <Pager
                page={page}
                pageSize={PAGE_SIZE}
                total={total}
                what={['open conversion', 'open conversions']}
                onPage={setPage}
              />
            </>
          );
        }}
      </Loaded>
    </Page>
  );
}
