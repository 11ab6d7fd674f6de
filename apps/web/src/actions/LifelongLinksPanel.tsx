import { api } from '../api';
import { Loaded } from '../components/Messages';
import { formatDateTime } from '../format';
import { useLoad } from '../hooks';
import { humanise } from '../labels';
import { FAMILY_NETWORK_READERS, mayRecord, mayUse, rolesInWords } from '../permissions';
import type { Session } from '../session';
import type { List, Process } from '../types';
import { Action, ActionForm, NotForYou } from './ActionForm';

interface PersonToFind {
  id: string;
  name: string;
  relationship: string | null;
  notes: string | null;
  recordedAt: string;
}

interface Connection {
  id: string;
  ref: string;
  name: string;
  relationship: string;
  howFound: string;
  contactDetails: string | null;
  safetyDecision: string | null;
  contactOutcome: string | null;
}

const SAFETY: Record<string, string> = {
  'safe-to-contact': 'Safe to contact',
  'not-safe': 'Not safe to contact',
  'more-information-needed': 'More information needed',
};
const CONTACT: Record<string, string> = {
  willing: 'Willing to be in touch',
  unwilling: 'Not willing to be in touch',
  'no-response': 'No response',
};

interface Props {
  process: Process;
  session: Session;
  onDone: (message: string) => void;
}

/**
 * Lifelong Links' own records: the people the young person wants to find, in their words, and the
 * people the search found, each with its safety decision and, once judged safe, contact. Relatives'
 * details are the search's staff's only (FAMILY_NETWORK_READERS); the coordinator records them.
 */
export function LifelongLinksPanel({ process, session, onDone }: Props) {
  const lists = useLoad(async () => {
    if (!mayUse(session, FAMILY_NETWORK_READERS)) return { people: [], connections: [] };
    const [people, connections] = await Promise.all([
      api<List<PersonToFind>>(`/processes/${process.id}/people-to-find`),
      api<List<Connection>>(`/processes/${process.id}/connections`),
    ]);
    return { people: people.items, connections: connections.items };
  }, `${process.id}-${process.stage}-${process.openTasks.length}`);

  if (!mayUse(session, FAMILY_NETWORK_READERS))
    return (
      <section aria-labelledby="links-people">
        <h2 id="links-people">People and connections</h2>
        <NotForYou>
          The people the young person wants to find and the people found are seen only by{' '}
          {rolesInWords(FAMILY_NETWORK_READERS.filter((r) => r !== 'admin' && r !== 'auditor'))}.
        </NotForYou>
      </section>
    );

  const searching = process.status === 'active' && process.openTasks.some((t) => t.kind === 'search');
  const coordinator = mayRecord(session, 'connection-found');
  const done = (message: string) => {
    lists.reload();
    onDone(message);
  };
  const closedToNew = !searching ? (
    <NotForYou>
      {process.stage === 'referral' || process.stage === 'consent'
        ? 'People are recorded once the young person has agreed and the search has started.'
        : 'The search has finished, so no more people are added.'}
    </NotForYou>
  ) : (
    <NotForYou>Only a Lifelong Links coordinator records people, with the young person.</NotForYou>
  );

  return (
    <Loaded state={lists} what="the people and connections">
      {({ people, connections }) => (
        <>
          <section aria-labelledby="links-people">
            <h2 id="links-people">People the young person wants to find ({people.length})</h2>
            {people.length === 0 ? (
              <p>Nobody has been named yet.</p>
            ) : (
              <ul className="people">
                {people.map((p) => (
                  <li key={p.id}>
                    <strong>{p.name}</strong>
                    {p.relationship ? ` (${p.relationship})` : ''}: named by the young person,{' '}
                    {formatDateTime(p.recordedAt)}
                    {p.notes && <> – {p.notes}</>}
                  </li>
                ))}
              </ul>
            )}
            {searching && coordinator ? (
              <Action summary="Add someone the young person wants to find">
                <ActionForm
                  title="Add someone the young person wants to find"
                  submitLabel="Add this person"
                  fields={[
                    {
                      name: 'name',
                      label: 'Who, in the young person’s words',
                      hint: 'For example, my big brother Sam.',
                    },
                    { name: 'relationship', label: 'Relationship', optional: true },
                    { name: 'notes', label: 'Anything else they said', type: 'textarea', optional: true },
                  ]}
                  onSubmit={async ({ name, relationship, notes }) => {
                    await api(`/processes/${process.id}/people-to-find`, {
                      method: 'POST',
                      body: { name, ...(relationship ? { relationship } : {}), ...(notes ? { notes } : {}) },
                    });
                    return `${name} is added to the people the young person wants to find.`;
                  }}
                  onDone={done}
                />
              </Action>
            ) : (
              closedToNew
            )}
          </section>
          <section aria-labelledby="connections">
            <h2 id="connections">People found ({connections.length})</h2>
            <p>Each person found gets a safety decision. Contact is made only with people judged safe to contact.</p>
            {connections.length > 0 && (
              <table>
                <caption className="visually-hidden">People the search found</caption>
                <thead>
                  <tr>
                    <th scope="col">Person</th>
                    <th scope="col">How found</th>
                    <th scope="col">Safety decision</th>
                    <th scope="col">Contact</th>
                  </tr>
                </thead>
                <tbody>
                  {connections.map((c) => (
                    <tr key={c.id}>
                      <td>
                        {c.name} ({c.relationship}), connection {c.ref}
                      </td>
                      <td>{c.howFound}</td>
                      <td>
                        {c.safetyDecision
                          ? (SAFETY[c.safetyDecision] ?? humanise(c.safetyDecision))
                          : 'Not decided yet'}
                      </td>
                      <td>
                        {c.contactOutcome
                          ? (CONTACT[c.contactOutcome] ?? humanise(c.contactOutcome))
                          : c.safetyDecision === 'safe-to-contact'
                            ? 'Not yet in touch'
                            : 'Not until judged safe'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {searching && coordinator ? (
              <Action summary="Record someone the search found">
                <ActionForm
                  title="Record someone the search found"
                  submitLabel="Record this person"
                  fields={[
                    { name: 'name', label: 'Their name' },
                    { name: 'relationship', label: 'Relationship to the young person' },
                    { name: 'howFound', label: 'How they were found', type: 'textarea' },
                    { name: 'contactDetails', label: 'Contact details', type: 'textarea', optional: true },
                  ]}
                  onSubmit={async ({ name, relationship, howFound, contactDetails }) => {
                    const found = await api<Connection>(`/processes/${process.id}/connections`, {
                      method: 'POST',
                      body: { name, relationship, howFound, ...(contactDetails ? { contactDetails } : {}) },
                    });
                    return `${name} is recorded as connection ${found.ref}. A safety decision is now open for them.`;
                  }}
                  onDone={done}
                />
              </Action>
            ) : (
              closedToNew
            )}
            {coordinator &&
              connections
                .filter((c) => c.safetyDecision === 'safe-to-contact' && !c.contactOutcome)
                .map((c) => (
                  <Action key={c.id} summary={`Record contact with ${c.name}`}>
                    <ActionForm
                      title={`Record contact with ${c.name}`}
                      submitLabel="Record the contact"
                      fields={[
                        { name: 'outcome', label: 'What happened', type: 'choice', choices: CONTACT },
                        { name: 'notes', label: 'Notes', type: 'textarea', optional: true },
                      ]}
                      onSubmit={async ({ outcome, notes }) => {
                        await api(`/processes/${process.id}/connections/${c.id}/contact`, {
                          method: 'POST',
                          body: { outcome, ...(notes ? { notes } : {}) },
                        });
                        return `Contact with ${c.name} is recorded: ${CONTACT[outcome].toLowerCase()}.`;
                      }}
                      onDone={done}
                    />
                  </Action>
                ))}
          </section>
        </>
      )}
    </Loaded>
  );
}
