process.chdir('/work/wt/audit');
const { startPostgres } = require('/work/wt/audit/scripts/lib/postgres');
const { Client } = require('pg');
(async () => {
  require('fs').rmSync('/tmp/audit-pg2', { recursive: true, force: true });
  let pg = await startPostgres({ dataDir: '/tmp/audit-pg2', port: 54992, persistent: true, databaseName: 'k' });
  let c = new Client({ connectionString: 'postgres://postgres:postgres@127.0.0.1:54992/k' }); await c.connect();
  await c.query(`CREATE TABLE legacy (id serial primary key, a int)`);
  await c.query(`CREATE FUNCTION legacy_fn(a int) RETURNS int LANGUAGE sql AS 'SELECT a'`);
  await c.end(); await pg.stop();
  pg = await startPostgres({ dataDir: '/tmp/audit-pg2', port: 54992, persistent: true, databaseName: 'k' });
  c = new Client({ connectionString: pg.migrationUrl }); await c.connect();
  console.log((await c.query(`SELECT tableowner FROM pg_tables WHERE tablename='legacy'`)).rows, (await c.query(`SELECT pg_get_userbyid(proowner) o FROM pg_proc WHERE proname='legacy_fn'`)).rows);
  await c.query(`ALTER TABLE legacy ADD COLUMN b int`); console.log('owner can alter');
  await c.end(); await pg.stop();
  require('fs').rmSync('/tmp/audit-pg2', { recursive: true, force: true });
})().catch(e => { console.error(e); process.exit(1); });
