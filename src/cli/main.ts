// The `earshot` command. Each sub-command lives in src/cli/commands and registers itself here.
// A bad flag or value prints a clear error and exits 2; a failure while running exits 1.
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/config.ts';
import { UsageError } from './usage-error.ts';
import { registerServeCommand } from './commands/serve.ts';
import { registerMigrateCommand } from './commands/migrate.ts';
import { registerDemoCommand } from './commands/demo.ts';
import { registerBenchCommand } from './commands/bench.ts';
import { registerPeopleCommands } from './commands/people.ts';
import { registerSecretsCommands } from './commands/secrets.ts';
import { registerSimulateCommand } from './commands/simulate.ts';
import { registerInboundCommand } from './commands/inbound.ts';
import { registerTriageCommands } from './commands/triage.ts';
import { registerForecastCommand } from './commands/forecast.ts';
import { registerAnalyticsCommand } from './commands/analytics.ts';

export function buildProgram(): Command {
  const program = new Command('earshot')
    .description('Social customer service: listen on every channel, triage, route, answer inside the hour.')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const register of [registerServeCommand, registerMigrateCommand, registerDemoCommand, registerPeopleCommands, registerSecretsCommands, registerTriageCommands, registerBenchCommand, registerSimulateCommand, registerInboundCommand, registerForecastCommand, registerAnalyticsCommand]) {
    register(program);
  }
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    process.exitCode = exitCodeFor(error);
  }
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // Help and version are successful exits; everything else commander reports is a usage error.
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof ConfigError || error instanceof UsageError) {
    console.error(error.message);
    return 2;
  }
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return 1;
}
