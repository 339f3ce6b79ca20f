// `earshot admin create` (first run) and `earshot user reset-password` (until mail exists).
import type { Command } from 'commander';
import { loadConfig } from '../../config/config.ts';
import { systemClock } from '../../core/clock.ts';
import { DomainError } from '../../core/errors.ts';
import { Storage } from '../../storage/storage.ts';
import { createWorkspaceWithAdmin, resetPassword } from '../../identity/people.ts';
import { readPassword } from '../password-input.ts';
import { UsageError } from '../usage-error.ts';

async function withStorage<T>(work: (storage: Storage) => Promise<T>): Promise<T> {
  const storage = await Storage.open(loadConfig().database);
  try {
    await storage.migrate();
    return await work(storage);
  } catch (error) {
    // Bad input (a taken e-mail, a short password) is a usage error, not a crash.
    if (error instanceof DomainError && error.code !== 'internal') throw new UsageError(error.message);
    throw error;
  } finally {
    await storage.close();
  }
}

export function registerPeopleCommands(program: Command): void {
  program.command('admin').description('First-run administration')
    .command('create')
    .description('Create a workspace and its first admin (password prompted, or read from standard input)')
    .requiredOption('--email <email>', 'the admin\'s e-mail')
    .requiredOption('--workspace <name>', 'the workspace (company) name')
    .option('--name <name>', 'the admin\'s name (default: from the e-mail)')
    .action(async (options: { email: string; workspace: string; name?: string }) => {
      if (!/^[^@\s]+@[^@\s]+$/.test(options.email)) throw new UsageError(`--email expects an e-mail address, got "${options.email}"`);
      const password = await readPassword();
      const { workspace, admin } = await withStorage((storage) => createWorkspaceWithAdmin({ storage, clock: systemClock }, {
        workspaceName: options.workspace, email: options.email, name: options.name ?? options.email.split('@')[0]!, password,
      }));
      console.log(`created workspace "${workspace.name}" (${workspace.slug}) and admin ${admin.email}`);
    });

  program.command('user').description('Manage people from the command line')
    .command('reset-password')
    .description('Set a new password (prompted, or read from standard input) and end the person\'s sessions')
    .requiredOption('--email <email>', 'the person\'s e-mail')
    .action(async (options: { email: string }) => {
      const password = await readPassword();
      const user = await withStorage((storage) => resetPassword({ storage, clock: systemClock }, options.email, password));
      console.log(`password reset for ${user.email}; their sessions have ended`);
    });
}
