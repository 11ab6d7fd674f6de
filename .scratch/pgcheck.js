const path = require('path');
process.chdir('/work/wt/audit');
const { startPostgres } = require('/work/wt/audit/scripts/lib/postgres');
const { runMigrations } = require('/work/wt/audit/dist/libs/persistence/src/migrate');
const { Client } = require('pg');
(async () => {
  const pg = await startPostgres({ dataDir: '/tmp/audit-pg', port: 54991, persistent: false, databaseName: 'k' });
  try {
    console.log(await runMigrations(pg.migrationUrl));
    for (const url of [pg.url, pg.migrationUrl]) {
      const c = new Client({ connectionString: url }); await c.connect();
      const r = await c.query(`SELECT current_user`); console.log(r.rows[0]);
      await c.query(`INSERT INTO access_log (actor_sub, actor_name, actor_roles, method, route, path) VALUES ('a','a','{}','GET','/x','/x')`);
      for (const q of [`UPDATE access_log SET actor_sub='b'`, `DELETE FROM access_log`, `TRUNCATE access_log`, `UPDATE audit_events SET kind='x'`, `SELECT count(*) FROM children`, `CREATE TABLE zz (a int)`]) {
        try { const x = await c.query(q); console.log('OK', q, x.rowCount); } catch (e) { console.log('ERR', q, e.code, e.message); }
      }
      await c.end();
    }
  } finally { await pg.stop(); }
})().catch(e => { console.error(e); process.exit(1); });
