import { randomUUID } from 'node:crypto';
import { useTestStack } from '../support/stack';

/**
 * For every operation in the served OpenAPI document, malformed variants (wrong types, huge strings,
 * NUL and control characters, invalid UUIDs and dates, extra fields, arrays for objects, wrong
 * content types, empty and deep and oversized bodies, bad path and query values), sent with a
 * manager's token, an admin's and none. Every answer is below 500 (writes: a 4xx), and the row
 * counts of every table and one process's read model are the same afterwards.
 */
type Schema = { type?: string; format?: string; properties?: Record<string, Schema>; $ref?: string; items?: Schema };
type Operation = {
  parameters?: { name: string; in: 'path' | 'query' | 'header'; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
};

const DEEP = '['.repeat(2500) + ']'.repeat(2500);
/** Routes that answer without a token: health, the API docs, and how to sign in (GET /auth/config). */
const PUBLIC_PREFIXES = ['/health', '/docs', '/auth/config'];
const BAD_STRINGS = [
  'a\u0000b',
  'a\u0007b',
  '\u001b[31m',
  'x'.repeat(70_000),
  '2025-02-30',
  '0000-01-01',
  'not-a-uuid',
  '=HYPERLINK("http://x")',
  '\ud800',
  '   ',
];
const WRONG_TYPES: unknown[] = [123, -1, 1e308, true, null, [], {}, [1, 2], { nested: { deep: 1 } }];

describe('fuzz: malformed variants of every operation in the OpenAPI document', () => {
  const stack = useTestStack('fuzz');

  it('answers every malformed request below 500 (writes with a 4xx) and changes no state', async () => {
    const http = stack.api.http;
    const admin = await stack.api.token('fuzz-admin', ['admin']);
    const tokens: (string | undefined)[] = [stack.drive.tokens.manager, admin, undefined];
    const childId = await stack.drive.createChild();
    const processId = (await stack.drive.startConversion(childId)).id;
    const doc = (await http.get('/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, Operation>>;
      components?: { schemas?: Record<string, Schema> };
    };
    const resolve = (s?: Schema): Schema | undefined =>
      s?.$ref ? doc.components?.schemas?.[s.$ref.split('/').pop()!] : s;

    const state = async () => {
      const tables: { table_name: string }[] = await stack.db.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
           AND table_name NOT IN ('migrations', 'staff') AND table_name NOT LIKE '%access%' ORDER BY table_name`,
      );
      const counts: Record<string, number> = {};
      for (const { table_name } of tables)
        counts[table_name] = Number((await stack.db.query(`SELECT count(*)::int AS n FROM "${table_name}"`))[0].n);
      const process = await stack.db.query(`SELECT * FROM processes WHERE id = $1`, [processId]);
      const tasks = await stack.db.query(`SELECT * FROM tasks WHERE process_id = $1 ORDER BY id`, [processId]);
      return { counts, process, tasks };
    };
    const before = await state();

    let sent = 0;
    const failures: string[] = [];
    const send = async (
      method: string,
      path: string,
      body?: { raw: string | Buffer; type: string },
      query = '',
    ): Promise<void> => {
      for (const token of tokens) {
        let req = (http as unknown as Record<string, (p: string) => import('supertest').Test>)[method](path + query);
        if (token) req = req.set('Authorization', `Bearer ${token}`);
        if (body) req = req.set('Content-Type', body.type).send(body.raw);
        const res = await req;
        sent++;
        const isWrite = method !== 'get';
        if (
          res.status >= 500 ||
          (isWrite && res.status < 400) ||
          (!token && res.status < 400 && !PUBLIC_PREFIXES.some((prefix) => path.startsWith(prefix)))
        )
          failures.push(
            `${method.toUpperCase()} ${path}${query} ${body ? body.raw.slice(0, 60).toString() : ''} (${token ? 'token' : 'none'}) → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`,
          );
      }
    };
    const json = (value: unknown) => ({ raw: JSON.stringify(value), type: 'application/json' });

    for (const [template, operations] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(operations)) {
        const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path');
        const validPath = template.replace(/\{(\w+)\}/g, (_, name: string) =>
          name === 'type' ? 'sgo-conversion' : template.startsWith('/tasks') ? `${randomUUID()}-t1` : randomUUID(),
        );
        // Bad path values, one parameter at a time.
        for (const p of pathParams)
          for (const bad of ['not-a-uuid', 'a%00b', '%07', '..%2F..', 'x'.repeat(300), '0000-01-01'])
            await send(
              method,
              template.replace(/\{(\w+)\}/g, (_, n: string) =>
                n === p.name ? bad : validPath.split('/')[template.split('/').indexOf(`{${n}}`)],
              ),
              method === 'get' ? undefined : json({}),
            );
        // Bad query values.
        for (const q of (op.parameters ?? []).filter((p) => p.in === 'query'))
          for (const bad of [
            ...BAD_STRINGS.slice(0, 3),
            '-1',
            '10001',
            '1.5',
            '2025-02-30',
            '0000-01-01',
            'x'.repeat(5000),
          ])
            await send(
              method,
              validPath,
              method === 'get' ? undefined : json({}),
              `?${q.name}=${encodeURIComponent(bad)}&${q.name}=${encodeURIComponent(bad)}`,
            );
        if (method === 'get') {
          await send(method, validPath, undefined, `?unexpected=${encodeURIComponent('\u0000')}`);
          continue;
        }
        // Bodies.
        const content = op.requestBody?.content ?? {};
        const schema = resolve(content['application/json']?.schema);
        const bodies: { raw: string | Buffer; type: string }[] = [
          { raw: DEEP, type: 'application/json' },
          { raw: JSON.stringify({ a: 'x'.repeat(150_000) }), type: 'application/json' },
          { raw: '{"unterminated":', type: 'application/json' },
          { raw: '', type: 'application/json' },
          json([]),
          json('just a string'),
          json(42),
          json(null),
          json([{}]),
          json({ unexpectedField: 1, __proto__: { polluted: true } }),
          { raw: '<xml/>', type: 'application/xml' },
          { raw: 'a=1&b=2', type: 'application/x-www-form-urlencoded' },
          { raw: 'CHILD\u0000,DOB\n"unclosed', type: 'text/csv' },
        ];
        for (const [name, prop] of Object.entries(schema?.properties ?? {})) {
          const valid = Object.fromEntries(Object.keys(schema?.properties ?? {}).map((k) => [k, 'x']));
          const values =
            resolve(prop)?.type === 'string' || prop.format
              ? [...BAD_STRINGS, ...WRONG_TYPES]
              : [...WRONG_TYPES, ...BAD_STRINGS.slice(0, 4)];
          // An empty array is a valid value of an array field (a provider offering no therapy yet).
          for (const value of values)
            if (!(resolve(prop)?.type === 'array' && Array.isArray(value) && value.length === 0))
              bodies.push(json({ ...valid, [name]: value }));
        }
        for (const body of bodies) await send(method, validPath, body);
      }
    }

    console.log(`fuzz: ${sent} malformed requests sent, ${failures.length} answered 5xx or 2xx`);
    expect(failures).toEqual([]);
    expect(await state()).toEqual(before);
  });
});
