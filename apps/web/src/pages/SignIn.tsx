import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, errorText } from '../api';
import { ErrorMessage } from '../components/Messages';
import { Page } from '../components/Page';
import { ALL_ROLES, roleLabel } from '../labels';
import { finishSignIn, signInSettings, startSignIn, type SignInSettings } from '../oidc-sign-in';
import { saveSession, sessionFromToken, type Session } from '../session';

/** Example people for trying the service locally; each fills in the form, which can still be changed. */
const EXAMPLE_PEOPLE = [
  { sub: 'morgan', name: 'Morgan Manager', roles: ['manager'] },
  { sub: 'sam', name: 'Sam Social Worker', roles: ['social_worker'] },
  { sub: 'pat', name: 'Pat Panel Chair', roles: ['panel_chair'] },
  { sub: 'indra', name: 'Indra IRO', roles: ['iro'] },
  { sub: 'fran', name: 'Fran Finance Officer', roles: ['finance_officer'] },
];

/**
 * How this service signs people in (`GET /auth/config`): with the council's identity provider
 * (authorization code + PKCE) in OIDC mode; in development mode the service signs a token for
 * whoever you say you are. A bearer token can also be pasted, in either mode.
 */
export function SignIn({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const [settings, setSettings] = useState<SignInSettings | null>();
  const [roles, setRoles] = useState(ALL_ROLES);
  useEffect(() => {
    signInSettings().then(setSettings, () => setSettings(null));
  }, []);
  const devMode = settings?.mode === 'dev';
  const council = settings?.mode === 'oidc' && !!settings.clientId ? settings : undefined;
  useEffect(() => {
    if (!devMode) return;
    // The OpenAPI document lists the roles /auth/dev-token accepts, so a role added to the service appears here too.
    api<OpenApi>('/docs-json').then(
      (doc) => {
        const accepted = doc.components?.schemas?.DevTokenRequest?.properties?.roles?.items?.enum;
        if (accepted?.length) setRoles(accepted);
      },
      () => undefined,
    );
  }, [devMode]);
  return (
    <Page title="Sign in">
      {settings === undefined && <p role="status">Checking how this service signs people in…</p>}
      {settings === null && (
        <ErrorMessage title="The service could not be reached">
          How to sign in could not be found out. Reload the page to try again.
        </ErrorMessage>
      )}
      {council && <CouncilSignIn settings={council} />}
      {devMode && <DevSignIn onSignedIn={onSignedIn} allRoles={roles} />}
      {settings !== undefined && (
        <TokenSignIn
          onSignedIn={onSignedIn}
          secondary={devMode || !!council}
          rolesClaim={settings?.mode === 'oidc' ? settings.rolesClaim : undefined}
        />
      )}
    </Page>
  );
}

/** The usual way in: off to the council's sign-in page, and back here signed in. */
function CouncilSignIn({ settings }: { settings: SignInSettings }) {
  const [error, setError] = useState<string>();
  const [leaving, setLeaving] = useState(false);
  async function go() {
    setError(undefined);
    setLeaving(true);
    try {
      await startSignIn(settings, window.location.pathname + window.location.search);
    } catch (err) {
      setLeaving(false);
      setError(`The council's sign-in could not be reached: ${errorText(err)}`);
    }
  }
  return (
    <section aria-labelledby="council-sign-in">
      <h2 id="council-sign-in">Sign in with your council account</h2>
      <p>You will go to your council&apos;s sign-in page and come back here.</p>
      {error && <ErrorMessage title="You are not signed in">{error}</ErrorMessage>}
      <button type="button" onClick={go} disabled={leaving}>
        Sign in with your council account
      </button>
    </section>
  );
}

/** Back from the council's sign-in page (`/signed-in?code=…&state=…`): the code becomes the session. */
export function SignInCallback({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const [error, setError] = useState<string>();
  useEffect(() => {
    let cancelled = false;
    signInSettings()
      .then(async (settings) => {
        const { accessToken, returnTo } = await finishSignIn(settings);
        if (cancelled) return;
        const session = saveSession(accessToken, settings.rolesClaim);
        // Replaces the callback URL (its code is used up), and tells the router the path changed.
        window.history.replaceState(null, '', returnTo);
        window.dispatchEvent(new PopStateEvent('popstate'));
        onSignedIn(session);
      })
      .catch((err) => {
        if (!cancelled) setError(errorText(err));
      });
    return () => {
      cancelled = true;
    };
  }, [onSignedIn]);
  return (
    <Page title="Signing you in">
      {error ? (
        <>
          <ErrorMessage title="You are not signed in">The sign-in did not complete: {error}</ErrorMessage>
          <p>
            <a href="/">Try again</a>
          </p>
        </>
      ) : (
        <p role="status">Signing you in…</p>
      )}
    </Page>
  );
}

interface OpenApi {
  paths?: Record<string, unknown>;
  components?: { schemas?: { DevTokenRequest?: { properties?: { roles?: { items?: { enum?: string[] } } } } } };
}

function DevSignIn({ onSignedIn, allRoles }: { onSignedIn: (session: Session) => void; allRoles: string[] }) {
  const [sub, setSub] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [team, setTeam] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const [error, setError] = useState<string>();

  function pick(index: string) {
    const person = EXAMPLE_PEOPLE[Number(index)];
    if (!person) return;
    setSub(person.sub);
    setName(person.name);
    setEmail(`${person.sub}@council.example`);
    setTeam('children-in-care');
    setRoles(person.roles);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    if (!sub.trim() || !name.trim() || roles.length === 0) {
      setError('Enter a user id and a name, and tick at least one role.');
      return;
    }
    try {
      const { token } = await api<{ token: string }>('/auth/dev-token', {
        method: 'POST',
        body: {
          sub: sub.trim(),
          name: name.trim(),
          roles,
          ...(email.trim() ? { email: email.trim() } : {}),
          ...(team.trim() ? { team: team.trim() } : {}),
        },
      });
      onSignedIn(saveSession(token));
    } catch (err) {
      setError(errorText(err));
    }
  }

  return (
    <section aria-labelledby="dev-sign-in">
      <h2 id="dev-sign-in">Sign in as a test person</h2>
      <p>This service is running in development mode, so you can say who you are. Never use this with real cases.</p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="example-person">Fill in an example person (optional)</label>
          <select id="example-person" defaultValue="" onChange={(e) => pick(e.target.value)}>
            <option value="">Choose a person</option>
            {EXAMPLE_PEOPLE.map((p, i) => (
              <option key={p.sub} value={i}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="sub">User id</label>
          <p className="hint" id="sub-hint">
            The id your council's sign-in would give you, for example sam.
          </p>
          <input
            id="sub"
            aria-describedby="sub-hint"
            autoComplete="username"
            value={sub}
            onChange={(e) => setSub(e.target.value)}
            required
          />
        </div>
        <div className="field">
          <label htmlFor="name">Full name</label>
          <input id="name" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor="email">Email address (optional)</label>
          <p className="hint" id="email-hint">
            Reminders for tasks you claim are sent here.
          </p>
          <input
            id="email"
            type="email"
            aria-describedby="email-hint"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="team">Team (optional)</label>
          <p className="hint" id="team-hint">
            You see the children of your team. Several teams: separate them with commas.
          </p>
          <input id="team" aria-describedby="team-hint" value={team} onChange={(e) => setTeam(e.target.value)} />
        </div>
        <fieldset className="field">
          <legend>Your roles</legend>
          {allRoles.map((role) => (
            <div className="checkbox" key={role}>
              <input
                type="checkbox"
                id={`role-${role}`}
                checked={roles.includes(role)}
                onChange={(e) => setRoles(e.target.checked ? [...roles, role] : roles.filter((r) => r !== role))}
              />
              <label htmlFor={`role-${role}`}>{roleLabel(role)}</label>
            </div>
          ))}
        </fieldset>
        {error && <ErrorMessage title="You are not signed in">{error}</ErrorMessage>}
        <button type="submit">Sign in</button>
      </form>
    </section>
  );
}

function TokenSignIn({
  onSignedIn,
  secondary,
  rolesClaim,
}: {
  onSignedIn: (session: Session) => void;
  secondary: boolean;
  rolesClaim?: string;
}) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    try {
      const session = sessionFromToken(token, rolesClaim);
      // Ask the service whether it accepts the token before keeping it.
      await api('/tasks?assignee=me', { token: session.token });
      onSignedIn(saveSession(session.token, rolesClaim));
    } catch (err) {
      setError(
        err instanceof ApiError && err.status === 401
          ? `The service did not accept this token: ${err.message}`
          : errorText(err),
      );
    }
  }

  return (
    <section aria-labelledby="token-sign-in">
      <h2 id="token-sign-in">{secondary ? 'Or sign in with a token' : 'Sign in with a token'}</h2>
      <p>Paste the bearer token your council's sign-in gave you. It is kept only in this browser tab.</p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="token">Bearer token</label>
          <textarea id="token" rows={4} spellCheck={false} value={token} onChange={(e) => setToken(e.target.value)} />
        </div>
        {error && <ErrorMessage title="You are not signed in">{error}</ErrorMessage>}
        <button type="submit" className={secondary ? 'secondary' : undefined}>
          Sign in with this token
        </button>
      </form>
    </section>
  );
}
