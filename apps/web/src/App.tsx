import { useState } from 'react';
import { Page } from './components/Page';
import { MANAGER_VIEW_ROLES, roleLabel } from './labels';
import { AllowanceReviews } from './pages/AllowanceReviews';
import { AsgsfSpend } from './pages/AsgsfSpend';
import { CasePage } from './pages/CasePage';
import { ChildPage } from './pages/ChildPage';
import { FindChild } from './pages/FindChild';
import { CohortDashboard } from './pages/CohortDashboard';
import { Inbox } from './pages/Inbox';
import { MyCases } from './pages/MyCases';
import { Pipeline } from './pages/Pipeline';
import { SignIn, SignInCallback } from './pages/SignIn';
import { StartConversion } from './pages/StartConversion';
import { Timetable } from './pages/Timetable';
import { CALLBACK_PATH, signOutAtProvider } from './oidc-sign-in';
import { Link, navigate, usePath } from './router';
import { clearSession, loadSession, type Session } from './session';

/**
 * Page paths never start with an API path (/tasks, /processes, /dashboard…): the API answers
 * those itself, and serves this app for everything else.
 */
const MANAGERS = MANAGER_VIEW_ROLES;
const MONEY = [...MANAGER_VIEW_ROLES, 'finance_officer'];
const NAV: { to: string; label: string; roles?: string[] }[] = [
  { to: '/', label: 'Your tasks' },
  { to: '/find-a-child', label: 'Find a child' },
  { to: '/my-cases', label: 'Your cases', roles: ['social_worker'] },
  { to: '/pipeline', label: 'Conversion pipeline', roles: MANAGERS },
  { to: '/timetable', label: 'Timetable review', roles: MANAGERS },
  { to: '/cohort', label: 'Cohort dashboard', roles: MANAGERS },
  { to: '/start', label: 'Start a conversion', roles: ['manager'] },
  { to: '/allowance-reviews', label: 'Allowance reviews', roles: MONEY },
  { to: '/support-fund', label: 'Support fund spend', roles: MONEY },
];

export function App() {
  const [session, setSession] = useState<Session | null>(loadSession);
  const path = usePath().split('?')[0];
  // On a phone the navigation is behind a Menu button (styles.css); it closes when a page opens.
  const [menuOpen, setMenuOpen] = useState(false);
  const [menuPath, setMenuPath] = useState(path);
  if (menuPath !== path) {
    setMenuPath(path);
    setMenuOpen(false);
  }

  const signOut = () => {
    clearSession();
    setSession(null);
    navigate('/');
    // In OIDC mode the browser then goes to the provider to end its session there, and comes back.
    void signOutAtProvider();
  };

  const mayUse = (roles?: string[]) => !roles || !!session?.roles.some((r) => roles.includes(r));
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="header">
        <div className="header-inner">
          <p className="service-name">
            <Link to="/">Kinship care workflows</Link>
          </p>
          {session && (
            <div className="who">
              <p>
                Signed in as <strong>{session.name}</strong> ({session.roles.map(roleLabel).join(', ') || 'no roles'})
              </p>
              <button type="button" className="secondary" onClick={signOut}>
                Sign out
              </button>
            </div>
          )}
        </div>
        {session && (
          <nav aria-label="Main" className={`nav ${menuOpen ? 'nav-open' : ''}`}>
            <button
              type="button"
              className="secondary nav-toggle"
              aria-expanded={menuOpen}
              aria-controls="nav-links"
              onClick={() => setMenuOpen(!menuOpen)}
            >
              Menu
            </button>
            <ul id="nav-links">
              {NAV.filter((n) => mayUse(n.roles)).map((n) => (
                <li key={n.to}>
                  <Link
                    to={n.to}
                    aria-current={path === n.to || (n.to === '/' && path === '/inbox') ? 'page' : undefined}
                  >
                    {n.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {session ? (
          <Route path={path} session={session} />
        ) : path === CALLBACK_PATH ? (
          <SignInCallback onSignedIn={setSession} />
        ) : (
          <SignIn onSignedIn={setSession} />
        )}
      </main>
      <footer className="footer">
        <p>Questions about a case? Ask your team manager. This service records who did what and when.</p>
      </footer>
    </>
  );
}

function Route({ path, session }: { path: string; session: Session }) {
  const caseMatch = /^\/cases\/([0-9a-f-]{36})$/i.exec(path);
  if (caseMatch) return <CasePage key={caseMatch[1]} id={caseMatch[1]} session={session} />;
  // Not /children/…: that is the API's own path.
  const childMatch = /^\/child\/([0-9a-f-]{36})$/i.exec(path);
  if (childMatch) return <ChildPage key={childMatch[1]} id={childMatch[1]} session={session} />;
  switch (path) {
    case '/':
    case '/inbox':
    case '/sign-in':
    case CALLBACK_PATH:
      return <Inbox session={session} />;
    case '/find-a-child':
      return <FindChild />;
    case '/my-cases':
      return <MyCases />;
    case '/pipeline':
      return <Pipeline />;
    case '/timetable':
      return <Timetable />;
    case '/cohort':
      return <CohortDashboard />;
    case '/start':
      return <StartConversion />;
    case '/allowance-reviews':
      return <AllowanceReviews />;
    case '/support-fund':
      return <AsgsfSpend />;
    default:
      return (
        <Page title="Page not found">
          <p>
            There is no page at this address. <Link to="/">Go to your tasks</Link>.
          </p>
        </Page>
      );
  }
}
