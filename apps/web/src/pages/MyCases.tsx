import { api } from '../api';
import { childLabel } from '../components/ChildName';
import { Loaded, OverdueTag } from '../components/Messages';
import { Page } from '../components/Page';
import { formatDate, plural } from '../format';
import { useLoad } from '../hooks';
import { humanise, processTypeLabel, stageLabel, statusLabel } from '../labels';
import { Link } from '../router';
import type { List, Process } from '../types';
import { hasOverdueTask, nextDue } from './case-dates';

/** Open first, then the rest; the soonest due first within each. */
const OPEN = new Set(['active', 'paused']);

/** A social worker's own cases: every process of the children allocated to them. */
export function MyCases() {
  const cases = useLoad(() => api<List<Process>>('/processes?allocatedTo=me&pageSize=200'), 'my-cases');
  return (
    <Page title="Your cases">
      <p>The cases of the children allocated to you as their social worker, open cases first.</p>
      <Loaded state={cases} what="your cases">
        {({ items, total }) => {
          if (items.length === 0)
            return (
              <p>
                No children are allocated to you yet. A manager allocates a child when starting a conversion or by
                reassigning a case.
              </p>
            );
          const sorted = [...items].sort(
            (a, b) =>
              Number(OPEN.has(b.status)) - Number(OPEN.has(a.status)) ||
              (nextDue(a)?.when ?? '9').localeCompare(nextDue(b)?.when ?? '9'),
          );
          return (
            <>
              <p>
                {plural(items.filter((p) => OPEN.has(p.status)).length, 'open case', 'open cases')}
                {total > items.length ? `; the first ${items.length} of ${total} are shown` : ''}.
              </p>
              <table>
                <caption className="visually-hidden">Your cases</caption>
                <thead>
                  <tr>
                    <th scope="col">Child</th>
                    <th scope="col">Process</th>
                    <th scope="col">Stage</th>
                    <th scope="col">Next due</th>
                    <th scope="col">Open tasks</th>
                  </tr>
                </thead>
                <tbody>
                  {sorted.map((p) => {
                    const due = nextDue(p);
                    return (
                      <tr key={p.id} className={hasOverdueTask(p) ? 'row-overdue' : undefined}>
                        <td>
                          <Link to={`/cases/${p.id}`}>{childLabel(p)}</Link>
                        </td>
                        <td>{processTypeLabel(p.type)}</td>
                        <td>
                          {stageLabel(p.stage)}
                          {p.status !== 'active' ? ` (${statusLabel(p.status)})` : ''}
                        </td>
                        <td>
                          {due ? `${humanise(due.what)}: ${formatDate(due.when)}` : 'Nothing due'}{' '}
                          {hasOverdueTask(p) && <OverdueTag />}
                        </td>
                        <td>{p.openTasks.map((t) => t.title).join('; ') || 'None'}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </>
          );
        }}
      </Loaded>
    </Page>
  );
}
