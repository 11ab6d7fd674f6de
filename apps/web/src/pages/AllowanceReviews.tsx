import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { Loaded, OverdueTag } from '../components/Messages';
import { Page } from '../components/Page';
import { addDays, formatDate, formatPence, plural, today } from '../format';
import { useLoad } from '../hooks';
import { stageLabel, statusLabel } from '../labels';
import { Link } from '../router';
import type { List, ReviewFallingDue } from '../types';

/** The API takes dates up to the end of 2100. */
const LATEST = '2100-12-31';

/** Special guardians' allowance reviews whose anniversary falls in a window (the next 90 days unless changed). */
export function AllowanceReviews() {
  const [from, setFrom] = useState(today());
  const [to, setTo] = useState(addDays(today(), 90));
  const [range, setRange] = useState({ from, to });
  // The reviews in the window, and how many fall due after it, so the page can say they are hidden.
  const reviews = useLoad(async () => {
    const [shown, later] = await Promise.all([
      api<List<ReviewFallingDue>>(`/dashboard/reviews?from=${range.from}&to=${range.to}`),
      range.to < LATEST
        ? api<List<ReviewFallingDue>>(`/dashboard/reviews?from=${addDays(range.to, 1)}&to=${LATEST}`)
        : { items: [], total: 0 },
    ]);
    const lastLater = later.items
      .map((r) => r.nextAnniversary)
      .sort()
      .pop();
    return { items: shown.items, laterCount: later.items.length, lastLater };
  }, `${range.from}|${range.to}`);
  const widen = (to: string) => {
    setTo(to);
    setRange({ from: range.from, to });
  };
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
        {({ items, laterCount, lastLater }) => (
          <>
            {laterCount > 0 && lastLater && (
              <div className="message">
                <p>
                  {plural(laterCount, 'more review falls', 'more reviews fall')} due after {formatDate(range.to)} and{' '}
                  {laterCount === 1 ? 'is' : 'are'} not shown.
                </p>
                <button type="button" className="secondary" onClick={() => widen(lastLater)}>
                  Show reviews up to {formatDate(lastLater)}
                </button>
              </div>
            )}
            {items.length === 0 ? (
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
            )}
          </>
        )}
      </Loaded>
    </Page>
  );
}
