// `earshot migrate`: applies pending migrations to the configured database (also done on start).
import type { Command } from 'commander';
import { loadConfig } from '../../config/config.ts';
import { Storage } from '../../storage/storage.ts';

export function registerMigrateCommand(program: Command): void {
  program.command('migrate')
    .description('Apply pending database migrations (SQLite by default, PostgreSQL when DATABASE_URL is set)')
    .action(async () => {
      const config = loadConfig();
      const storage = await Storage.open(config.database);
      try {
        const applied = await storage.migrate();
        const where = config.database.kind === 'sqlite' ? config.database.file : 'PostgreSQL';
        console.log(applied.length > 0 ? `applied ${applied.length} migration(s) to ${where}: ${applied.join(', ')}` : `${where} is up to date`);
      } finally {
        await storage.close();
      }
    });
}
