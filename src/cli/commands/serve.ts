// `earshot serve`: the web server and, unless EARSHOT_ROLE says otherwise, the background workers.
import type { Command } from 'commander';
import { loadConfig } from '../../config/config.ts';
import { createEarshot, type Earshot } from '../../app/earshot.ts';
import { portNumber } from '../options.ts';

export function registerServeCommand(program: Command): void {
  program.command('serve')
    .description('Run Earshot: the HTTP API, webhooks, the agent app and the background workers')
    .option('-p, --port <port>', 'port to listen on (default: PORT or 3000)', portNumber)
    .option('--host <host>', 'interface to listen on (default: HOST or 127.0.0.1)')
    .action(async (options: { port?: number; host?: string }) => {
      const config = loadConfig({ PORT: options.port, HOST: options.host });
      const earshot = await createEarshot(config);
      const url = await earshot.listen();
      earshot.logger.info({ url, database: config.database.kind, role: config.role }, 'earshot listening');
      await untilSignal(earshot);
    });
}

/** Keeps the process up until SIGINT or SIGTERM, then shuts down cleanly. */
export function untilSignal(earshot: Earshot): Promise<void> {
  return new Promise((resolve) => {
    const shutdown = (signal: string) => {
      earshot.logger.info({ signal }, 'shutting down');
      void earshot.close().finally(resolve);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
}
