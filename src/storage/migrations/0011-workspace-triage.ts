// Triage per workspace: its configuration (topics, priority weights) and the layer it learned from
// its agents, the labels those agents' actions produced (kept, so a model can be rebuilt from
// them), every inbound item's triage result, and the spike detector's state and read position.
import type { Kysely } from 'kysely';
import type { ColumnTypes, PortableMigration } from './column-types.ts';

export const workspaceTriage: PortableMigration = {
  async up(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
    const s = db.schema;
    await s.createTable('workspace_triage')
      .addColumn('workspace_id', 'text', (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
      .addColumn('config', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('learned_state', 'text')
      // Bumped by every change of config or learned state: engines cached by a process compare it.
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('spike_state', 'text')
      .addColumn('spike_cursor_at', t.time, (c) => c.notNull().defaultTo(0))
      .addColumn('spike_cursor_id', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('updated_at', t.time, (c) => c.notNull())
      .execute();

    await s.createTable('triage_labels')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      .addColumn('message_id', 'text', (c) => c.notNull().references('messages.id').onDelete('cascade'))
      .addColumn('conversation_id', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('value', 'text')
      .addColumn('actor_id', 'text')
      .addColumn('created_at', t.time, (c) => c.notNull())
      .addColumn('applied_at', t.time)
      .execute();
    await s.createIndex('triage_labels_pending').on('triage_labels').columns(['workspace_id', 'applied_at', 'created_at', 'id']).execute();

    await s.createTable('message_triage')
      .addColumn('message_id', 'text', (c) => c.primaryKey().references('messages.id').onDelete('cascade'))
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('conversation_id', 'text', (c) => c.notNull())
      .addColumn('channel_account_id', 'text', (c) => c.notNull())
      .addColumn('author_identity_id', 'text')
      /** The platform's time of the item. */
      .addColumn('at', t.time, (c) => c.notNull())
      /** When it was triaged here: the spike reader's position. */
      .addColumn('created_at', t.time, (c) => c.notNull())
      .addColumn('needs_response', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('sentiment', 'text', (c) => c.notNull())
      .addColumn('negative', 'real', (c) => c.notNull())
      .addColumn('topic', 'text', (c) => c.notNull())
      .addColumn('urgency', 'integer', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('influence', 'real', (c) => c.notNull())
      .addColumn('followers', t.bigint)
      .addColumn('priority', 'integer', (c) => c.notNull())
      .addColumn('model_version', 'text', (c) => c.notNull())
      /** JSON: the priority's components, urgency signals and the explanation. */
      .addColumn('details', 'text', (c) => c.notNull())
      .execute();
    await s.createIndex('message_triage_stream').on('message_triage').columns(['workspace_id', 'created_at', 'message_id']).execute();
  },
};
