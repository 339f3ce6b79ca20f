// Every migration, in order. A new migration is a new file and one line here; never edit one
// that has shipped. The same list runs on SQLite and PostgreSQL.
import type { Kysely } from 'kysely';
import type { Migration, MigrationProvider } from 'kysely/migration';
import { columnTypes, type DialectName, type PortableMigration } from './column-types.ts';
import { foundation } from './0001-foundation.ts';
import { identity } from './0002-identity.ts';
import { channels } from './0003-channels.ts';
import { routing } from './0004-routing.ts';
import { sla } from './0005-sla.ts';
import { replies } from './0010-replies.ts';
import { workspaceTriage } from './0011-workspace-triage.ts';
import { inbox } from './0020-inbox.ts';
import { analytics } from './0030-analytics.ts';
import { inboundLog } from './0031-inbound-log.ts';

const MIGRATIONS: ReadonlyArray<readonly [string, PortableMigration]> = [
  ['0001-foundation', foundation],
  ['0002-identity', identity],
  ['0003-channels', channels],
  ['0004-routing', routing],
  ['0005-sla', sla],
  ['0010-replies', replies],
  ['0011-workspace-triage', workspaceTriage],
  ['0020-inbox', inbox],
  ['0030-analytics', analytics],
  ['0031-inbound-log', inboundLog],
];

export class PortableMigrationProvider implements MigrationProvider {
  private readonly dialect: DialectName;
  constructor(dialect: DialectName) {
    this.dialect = dialect;
  }
  async getMigrations(): Promise<Record<string, Migration>> {
    const types = columnTypes(this.dialect);
    return Object.fromEntries(MIGRATIONS.map(([name, migration]) => [name, {
      up: (db: Kysely<unknown>) => migration.up(db, types),
    }]));
  }
}

export const migrationNames: readonly string[] = MIGRATIONS.map(([name]) => name);
