import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { ALL_ROLES } from '../../libs/domain/src';
import { REPO_ROOT, useTestStack } from '../support/stack';

/** The README's endpoint × role table: rows "| `GET /path` | ✓ | · | … |", one column per role. */
function readmeTable(): { roles: string[]; rows: Map<string, Set<string>>; publicRoutes: string[] } {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const section = /<!-- route-roles:start -->([\s\S]*?)<!-- route-roles:end -->/.exec(readme)?.[1];
  if (!section) throw new Error('README.md has no <!-- route-roles:start --> … <!-- route-roles:end --> table');
  const lines = section.split('\n').filter((line) => line.startsWith('|'));
  const cells = (line: string) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
  const roles = cells(lines[0]).slice(1);
  const rows = new Map<string, Set<string>>();
  for (const line of lines.slice(2)) {
    const [endpoint, ...marks] = cells(line);
    rows.set(endpoint.replace(/`/g, ''), new Set(roles.filter((_, i) => marks[i] === '✓')));
  }
  const publicRoutes = [...(/Public routes: (.*)/.exec(section)?.[1] ?? '').matchAll(/`([A-Z]+ [^`]+)`/g)].map(
    (m) => m[1],
  );
  return { roles, rows, publicRoutes };
}

/** A concrete URL for an OpenAPI path: ids are fresh UUIDs, a process type is a real one. */
function concrete(path: string): string {
  return path.replace('{type}', 'sgo-conversion').replace(/\{[^}]+\}/g, () => randomUUID());
}

describe('Endpoint × role table (README) against the running API', () => {
  const stack = useTestStack('route-roles', {
    with: async (s) => {
      const tokens = new Map<string, string>();
      for (const role of ALL_ROLES) tokens.set(role, await s.api.token(`rr-${role}`, [role]));
      return { tokens, noRoles: signedWithoutRoles() };
    },
  });

  /** The OpenAPI document's operations as "METHOD /path". */
  async function operations(): Promise<string[]> {
    const doc = (await stack.api.http.get('/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    return Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
  }

  function call(operation: string, token?: string) {
    const [method, path] = operation.split(' ');
    const req = stack.api.http[method.toLowerCase() as 'get' | 'post'](concrete(path));
    if (token) req.set('Authorization', `Bearer ${token}`);
    return method === 'GET' ? req : req.send({});
  }

  it('lists every operation of the OpenAPI document, and only those, with a column for every role', async () => {
    const table = readmeTable();
    expect([...table.roles].sort()).toEqual([...ALL_ROLES].sort());
    const documented = [...table.rows.keys(), ...table.publicRoutes].sort();
    expect(documented).toEqual((await operations()).sort());
  });

  it('answers 401 without a token and 403 to a signed token with no roles on every route but the public ones', async () => {
    const { rows } = readmeTable();
    for (const operation of rows.keys()) {
      expect([operation, (await call(operation)).status]).toEqual([operation, 401]);
      expect([operation, (await call(operation, stack.noRoles)).status]).toEqual([operation, 403]);
    }
  });

  it('lets each role through exactly where the table has ✓ and answers 403 naming the roles everywhere else', async () => {
    const { rows } = readmeTable();
    const wrong: string[] = [];
    for (const [operation, allowed] of rows) {
      for (const role of ALL_ROLES) {
        const res = await call(operation, stack.tokens.get(role));
        // The guard's refusal; a ✓ route may still refuse later for its own rule (the starters' rule, say).
        const refused = res.status === 403 && /^This needs one of the roles/.test(String(res.body.message));
        if (refused === allowed.has(role)) wrong.push(`${operation} as ${role}: ${res.status} ${res.body.message}`);
        expect(res.status).not.toBe(401);
        expect(res.status).toBeLessThan(500);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('serves the public routes without a token', async () => {
    for (const operation of readmeTable().publicRoutes) {
      if (operation === 'POST /auth/dev-token') continue; // needs a body; the stack signs in through it
      expect([operation, (await call(operation)).status]).not.toEqual([operation, 401]);
    }
  });
});

/** A correctly signed dev token whose roles are none the service knows: a valid identity, no permissions. */
function signedWithoutRoles(): string {
  const secret = process.env.AUTH_DEV_SECRET;
  if (!secret) throw new Error('AUTH_DEV_SECRET is unset: run this through npm test');
  return jwt.sign({ sub: 'rr-none', name: 'No roles', roles: ['superuser'] }, secret, {
    algorithm: 'HS256',
    expiresIn: '1h',
  });
}
