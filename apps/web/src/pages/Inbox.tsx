import { useRef, useState } from 'react';
import { api } from '../api';
import { Loaded, SuccessMessage } from '../components/Messages';
import { Page } from '../components/Page';
import { TaskCard } from '../components/TaskCard';
import { plural } from '../format';
import { useLoad } from '../hooks';
import { stageLabel, teamLabel } from '../labels';
import type { Session } from '../session';
import type { List, Task } from '../types';
import { applyFilter, NO_FILTER, oneCardPerTask, type InboxFilter, type Sort } from './inbox-tasks';

/** Roles whose people sit on the SGO panel without recording its decision: they see what is coming. */
const PANEL_ROLE = 'panel_member';
const DECIDES_PANEL = 'panel_chair';

/** My tasks, then my teams' open tasks, each task once; panel members also see what is coming to panel. */
export function Inbox({ session }: { session: Session }) {
  const [message, setMessage] = useState<string>();
  const [filter, setFilter] = useState<InboxFilter>(NO_FILTER);
  const [mineOnly, setMineOnly] = useState(false);
  const status = useRef<HTMLDivElement>(null);
  const key = `${session.sub}|${session.roles.join(',')}`;
  const showsPanel = session.roles.includes(PANEL_ROLE) && !session.roles.includes(DECIDES_PANEL);
  const tasks = useLoad(async () => {
    const [mine, panel, ...byRole] = await Promise.all([
      api<List<Task>>('/tasks?assignee=me'),
      showsPanel ? api<List<Task>>(`/tasks?role=${DECIDES_PANEL}`) : Promise.resolve({ items: [], total: 0 }),
      ...session.roles.map((role) => api<List<Task>>(`/tasks?role=${encodeURIComponent(role)}`)),
    ]);
    return {
      ...oneCardPerTask(
        mine.items,
        byRole.map((l) => l.items),
      ),
      panel: panel.items,
    };
  }, key);

  const changed = (text: string) => {
    setMessage(text);
    tasks.reload();
    // The task may leave the list: keep keyboard focus somewhere sensible, on the confirmation.
    setTimeout(() => status.current?.focus());
  };
  const teams = session.roles.filter((r) => r !== PANEL_ROLE || !showsPanel).map(teamLabel);

  return (
    <Page title="Your tasks">
      <div ref={status} tabIndex={-1} className="focus-target">
        {message && <SuccessMessage>{message}</SuccessMessage>}
      </div>
      <Loaded state={tasks} what="your tasks">
        {({ mine, team, panel }) => {
          const all = [...mine, ...team];
          const shownMine = applyFilter(mine, filter);
          const shownTeam = mineOnly ? [] : applyFilter(team, filter);
          const shown = shownMine.length + shownTeam.length;
          return (
            <>
              {all.length > 0 && (
                <Filters
                  filter={filter}
                  setFilter={setFilter}
                  mineOnly={mineOnly}
                  setMineOnly={setMineOnly}
                  stages={[...new Set(all.map((t) => t.stage))]}
                  summary={
                    shown === all.length
                      ? `Showing ${all.length === 1 ? 'the only task' : `all ${all.length} tasks`}.`
                      : `Showing ${shown} of ${plural(all.length, 'task', 'tasks')}.`
                  }
                />
              )}
              <section aria-labelledby="mine">
                <h2 id="mine">Assigned to you ({shownMine.length})</h2>
                {mine.length === 0 ? (
                  <p>Nothing is assigned to you. Claim a task from your team's list below.</p>
                ) : shownMine.length === 0 ? (
                  <p>None of your tasks match the filter.</p>
                ) : null}
                {shownMine.map((t) => (
                  <TaskCard key={t.id} task={t} session={session} onChanged={changed} />
                ))}
              </section>
              {teams.length > 0 && !mineOnly && (
                <section aria-labelledby="team">
                  <h2 id="team">
                    Open tasks for {teams.join(' and ')} ({shownTeam.length})
                  </h2>
                  {team.length === 0 ? (
                    <p>There are no other open tasks for your roles.</p>
                  ) : shownTeam.length === 0 ? (
                    <p>None of these tasks match the filter.</p>
                  ) : null}
                  {shownTeam.map((t) => (
                    <TaskCard key={t.id} task={t} session={session} onChanged={changed} />
                  ))}
                </section>
              )}
              {showsPanel && (
                <section aria-labelledby="panel">
                  <h2 id="panel">Coming to panel ({panel.length})</h2>
                  <p>Cases waiting for the SGO panel. The panel chair records the panel's decision.</p>
                  {panel.length === 0 && <p>No cases are waiting for the panel.</p>}
                  {panel.map((t) => (
                    <TaskCard key={t.id} task={t} session={session} onChanged={changed} readOnly />
                  ))}
                </section>
              )}
            </>
          );
        }}
      </Loaded>
    </Page>
  );
}

const SORTS: [Sort, string][] = [
  ['due', 'Due date, soonest first'],
  ['stage', 'Stage, earliest first'],
  ['newest', 'Newest task first'],
];

function Filters(props: {
  filter: InboxFilter;
  setFilter: (f: InboxFilter) => void;
  mineOnly: boolean;
  setMineOnly: (on: boolean) => void;
  stages: string[];
  summary: string;
}) {
  const { filter, setFilter, stages } = props;
  return (
    <fieldset className="filters" aria-describedby="filter-summary">
      <legend>Filter and sort</legend>
      <div className="filters-row">
        <div className="checkbox">
          <input
            type="checkbox"
            id="filter-overdue"
            checked={filter.overdueOnly}
            onChange={(e) => setFilter({ ...filter, overdueOnly: e.target.checked })}
          />
          <label htmlFor="filter-overdue">Only overdue tasks</label>
        </div>
        <div className="checkbox">
          <input
            type="checkbox"
            id="filter-mine"
            checked={props.mineOnly}
            onChange={(e) => props.setMineOnly(e.target.checked)}
          />
          <label htmlFor="filter-mine">Only tasks assigned to you</label>
        </div>
      </div>
      <div className="filters-row">
        <div className="field">
          <label htmlFor="filter-stage">Stage</label>
          <select
            id="filter-stage"
            value={filter.stage}
            onChange={(e) => setFilter({ ...filter, stage: e.target.value })}
          >
            <option value="">Every stage</option>
            {stages.map((s) => (
              <option key={s} value={s}>
                {stageLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-sort">Sort by</label>
          <select
            id="filter-sort"
            value={filter.sort}
            onChange={(e) => setFilter({ ...filter, sort: e.target.value as Sort })}
          >
            {SORTS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p id="filter-summary" className="hint" role="status">
        {props.summary}
      </p>
    </fieldset>
  );
}
