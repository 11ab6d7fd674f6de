import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { Loaded, OverdueTag } from '../components/Messages';
import { Page } from '../components/Page';
import { Pager } from '../components/Pager';
import { addDays, formatDate, formatPence, plural, today } from '../format';
import { forNow, useLoad } from '../hooks';
import { stageLabel, statusLabel } from '../labels';
import { Link } from '../router';
import type { List, ReviewFallingDue } from '../types';

/** The API takes dates up to the end of 2100. */
const LATEST = '2100-12-31';
const PAGE_SIZE = 50;

/** Special guardians' allowance reviews whose anniversary falls in a window (the next 90 days unless changed). */
export function AllowanceReviews() {
  const [from, setFrom] = useState(today());
  const [to, setTo] = useState(addDays(today(), 90));
  const [range, setRange] = useState({ from, to });
  const [page, setPage] = useState(1);
  const windowKey = `${range.from}|${range.to}`;
  // One page of the reviews in the window, and the first page of those after it: how many fall due
  // later, so the page can say they are hidden, and how far to widen it to show the next lot.
  const reviews = useLoad(
    () =>
      api<List<ReviewFallingDue>>(
        `/dashboard/reviews?from=${range.from}&to=${range.to}&pageSize=${PAGE_SIZE}&page=${page}`,
      ),
    `${windowKey}|${page}`,
  );
  const later = useLoad(
    async () =>
      range.to < LATEST
        ? api<List<ReviewFallingDue>>(
            `/dashboard/reviews?from=${addDays(range.to, 1)}&to=${LATEST}&pageSize=${PAGE_SIZE}`,
          )
        : { items: [], total: 0 },
    windowKey,
  );
  const laterNow = forNow(later).data;
  const laterCount = laterNow?.total ?? 0;
  const nextLot = laterNow?.items.at(-1)?.nextAnniversary;
  const widen = (to: string) => {
    setTo(to);
    setRange({ from: range.from, to });
    setPage(1);
  };
  const show = (e: FormEvent) => {
    e.preventDefault();
    setRange({ from, to });
    setPage(1);
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
      <Loaded state={forNow(reviews)} what="the allowance reviews">
        {({ items, total }) => (
          <>
            {laterCount > 0 && nextLot && (
              <div className="message">
                <p>
                  {plural(laterCount, 'more review falls', 'more reviews fall')} due after {formatDate(range.to)} and{' '}
                  {laterCount === 1 ? 'is' : 'are'} not shown.
                </p>
                <button type="button" className="secondary" onClick={() => widen(nextLot)}>
                  Show reviews up to {formatDate(nextLot)}
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
            <Pager page={page} pageSize={PAGE_SIZE} total={total} what={['review', 'reviews']} onPage={setPage} />
          </>
        )}
      </Loaded>
    </Page>
  );
}
