import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, loadMigrationConfig } from '../../config/src';
import { dataSourceOptions } from './data-source';

/** Runs pending migrations against a PostgreSQL URL (`npm run migration:run`, npm start, tests). */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  Promise.resolve()
    .then(() => runMigrations(loadMigrationConfig().database.url))
    .then((applied) =>
      console.log(applied.length ? `migrations applied: ${applied.join(', ')}` : 'database schema is up to date'),
    )
    .catch((err) => {
      console.error(err instanceof ConfigError ? err.message : err);
      process.exit(1);
    });
}
