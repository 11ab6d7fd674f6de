import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { Loaded, OverdueTag } from '../components/Messages';
import { Page } from '../components/Page';
import { addDays, formatDate, formatPence, today } from '../format';
import { useLoad } from '../hooks';
import { stageLabel, statusLabel } from '../labels';
import { Link } from '../router';
import type { List, ReviewFallingDue } from '../types';

/** Special guardians' allowance reviews whose anniversary falls in a window (the next 90 days unless changed). */
export function AllowanceReviews() {
  const [from, setFrom] = useState(today());
  const [to, setTo] = useState(addDays(today(), 90));
  const [range, setRange] = useState({ from, to });
  const reviews = useLoad(
    () => api<List<ReviewFallingDue>>(`/dashboard/reviews?from=${range.from}&to=${range.to}`),
    `${range.from}|${range.to}`,
  );
  const show = (e: FormEvent) => {
    e.preventDefault();
    setRange({ from, to });
  };
  return (
    <Page title="Upcoming allowance reviews">
      <form onSubmit={show} className="inline-form">
        <div className="field">
          <label htmlFor="from">From</label>
          <input id="from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="to">To</label>
          <input id="to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
        <button type="submit">Show reviews</button>
      </form>
      <Loaded state={reviews} what="the allowance reviews">
        {({ items }) =>
          items.length === 0 ? (
            <p>
              No reviews fall due between {formatDate(range.from)} and {formatDate(range.to)}.
            </p>
          ) : (
            <table>
              <caption>
                Reviews due between {formatDate(range.from)} and {formatDate(range.to)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Child</th>
                  <th scope="col">Review date</th>
                  <th scope="col">Review pack due</th>
                  <th scope="col">Stage</th>
                  <th scope="col" className="numeric">
                    Weekly allowance
                  </th>
                  <th scope="col">Suspended?</th>
                  <th scope="col" className="numeric">
                    Open tasks
                  </th>
                  <th scope="col">Overdue tasks</th>
                </tr>
              </thead>
              <tbody>
                {items.map((r) => (
                  <tr key={r.processId} className={r.overdueTasks > 0 ? 'row-overdue' : undefined}>
                    <td>
                      <Link to={`/cases/${r.processId}`}>Child {r.childRef}</Link>
                    </td>
                    <td>{formatDate(r.nextAnniversary)}</td>
                    <td>{r.reviewPackDue ? formatDate(r.reviewPackDue) : 'No date set'}</td>
                    <td>
                      {stageLabel(r.stage)}
                      {r.status !== 'active' ? ` (${statusLabel(r.status)})` : ''}
                    </td>
                    <td className="numeric">{formatPence(r.weeklyAllowancePence)}</td>
                    <td>{r.suspended ? <strong>Yes, suspended</strong> : 'No'}</td>
                    <td className="numeric">{r.openTasks}</td>
                    <td>
                      {r.overdueTasks > 0 ? (
                        <>
                          {r.overdueTasks} <OverdueTag />
                        </>
                      ) : (
                        'None'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Loaded>
    </Page>
  );
}
