import { useState } from 'react';
import { api } from '../api';
import { childLabel } from '../components/ChildName';
import { Loaded, OverdueTag } from '../components/Messages';
import { Page } from '../components/Page';
import { Pager } from '../components/Pager';
import { formatDate, plural } from '../format';
import { forNow, useLoad } from '../hooks';
import { categoryLabel, SGO_STAGES, stageLabel, statusLabel } from '../labels';
import { Link } from '../router';
import type { ConversionsDashboard, List, Process } from '../types';
import { hasOverdueTask, nextDue } from './case-dates';

const PAGE_SIZE = 50;
const OPEN_STAGES = SGO_STAGES.filter((s) => s !== 'closed');

/**
 * Open conversions: how many at each stage and in each category (counted by the API), and one page
 * of the cases at the chosen stage. Two calls whatever the size of the programme.
 */
export function Pipeline() {
  const [stage, setStage] = useState('');
  const [onlyOverdue, setOnlyOverdue] = useState(false);
  const [page, setPage] = useState(1);
  const summary = useLoad(() => api<ConversionsDashboard>('/dashboard/conversions'), 'pipeline');
  const query = `type=sgo-conversion&status=open${stage ? `&stage=${stage}` : ''}${onlyOverdue ? '&overdue=true' : ''}`;
  const cases = useLoad(
    () => api<List<Process>>(`/processes?${query}&pageSize=${PAGE_SIZE}&page=${page}`),
    `${query}|${page}`,
  );
  const choose = (next: { stage?: string; onlyOverdue?: boolean }) => {
    if (next.stage !== undefined) setStage(next.stage);
    if (next.onlyOverdue !== undefined) setOnlyOverdue(next.onlyOverdue);
    setPage(1);
  };
  const heading = `${stage ? stageLabel(stage) : 'All open cases'}${onlyOverdue ? ', with overdue tasks' : ''}`;
  return (
    <Page title="Conversion pipeline">
      <p>Every open conversion to a special guardianship order, by the stage it has reached.</p>
      <Loaded state={summary} what="the pipeline's counts">
        {(s) => <Counts summary={s} />}
      </Loaded>
      <section aria-labelledby="cases-shown">
        <h2 id="cases-shown">Cases</h2>
        <div className="field">
          <label htmlFor="pipeline-stage">Stage</label>
          <select id="pipeline-stage" value={stage} onChange={(e) => choose({ stage: e.target.value })}>
            <option value="">All stages</option>
            {OPEN_STAGES.map((s) => (
              <option key={s} value={s}>
                {stageLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field checkbox">
          <input
            type="checkbox"
            id="only-overdue"
            checked={onlyOverdue}
            onChange={(e) => choose({ onlyOverdue: e.target.checked })}
          />
          <label htmlFor="only-overdue">Show only cases with overdue tasks</label>
        </div>
        <Loaded state={forNow(cases)} what="the cases">
          {({ items, total }) => (
            <section aria-labelledby="stage-cases">
              <h3 id="stage-cases">
                {heading} ({total})
              </h3>
              {items.length === 0 ? <p>No open cases match.</p> : <CaseTable cases={items} caption={heading} />}
              <Pager page={page} pageSize={PAGE_SIZE} total={total} what={['case', 'cases']} onPage={setPage} />
            </section>
          )}
        </Loaded>
      </section>
    </Page>
  );
}

function Counts({ summary }: { summary: ConversionsDashboard }) {
  const categories = [
    ...summary.categories.map((c) => [categoryLabel(c.key), c.count] as const),
    ['Not yet screened', summary.notYetScreened] as const,
  ];
  const stages = OPEN_STAGES.map((s) => [stageLabel(s), summary.byStage[s] ?? 0] as const);
  return (
    <>
      <p>
        {plural(summary.open, 'open case', 'open cases')}; {summary.overdue.processes} with overdue tasks.
      </p>
      <CountTable id="by-stage" title="Open cases by stage" first="Stage" rows={stages} />
      <CountTable id="by-category" title="Open cases by category" first="Category" rows={categories} />
    </>
  );
}

function CountTable({
  id,
  title,
  first,
  rows,
}: {
  id: string;
  title: string;
  first: string;
  rows: readonly (readonly [string, number])[];
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <table>
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            <th scope="col" className="numeric">
              Cases
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, n]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="numeric">{n}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function CaseTable({ cases, caption }: { cases: Process[]; caption: string }) {
  return (
    <table>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Case</th>
          <th scope="col">Stage</th>
          <th scope="col">Category</th>
          <th scope="col">Open tasks</th>
          <th scope="col">Next due</th>
        </tr>
      </thead>
      <tbody>
        {cases.map((p) => {
          const overdue = hasOverdueTask(p);
          const due = nextDue(p);
          return (
            <tr key={p.id} className={overdue ? 'row-overdue' : undefined}>
              <td>
                <Link to={`/cases/${p.id}`}>{childLabel(p)}</Link>
              </td>
              <td>
                {stageLabel(p.stage)}
                {p.status !== 'active' ? ` (${statusLabel(p.status)})` : ''}
              </td>
              <td>{p.category ? categoryLabel(p.category) : 'Not yet screened'}</td>
              <td>{p.openTasks.map((t) => t.title).join('; ') || 'None'}</td>
              <td>
                {due ? formatDate(due.when) : 'Nothing due'} {overdue && <OverdueTag />}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
