// `earshot serve`: the web server and, unless EARSHOT_ROLE says otherwise, the background workers
// (in a worker thread of this process unless EARSHOT_WORKER_THREAD=false).
import type { Command } from 'commander';
import { loadConfig, type ConfigOverrides } from '../../config/config.ts';
import { createEarshot } from '../../app/earshot.ts';
import { startBackgroundThread, type BackgroundThread } from '../../app/background-thread.ts';
import type { Logger } from '../../app/logger.ts';
import { createThreadLink } from '../../storage/thread-link.ts';
import { portNumber } from '../options.ts';

export function registerServeCommand(program: Command): void {
  program.command('serve')
    .description('Run Earshot: the HTTP API, webhooks, the agent app and the background workers')
    .option('-p, --port <port>', 'port to listen on (default: PORT or 3000)', portNumber)
    .option('--host <host>', 'interface to listen on (default: HOST or 127.0.0.1)')
    .action(async (options: { port?: number; host?: string }) => {
      const overrides: ConfigOverrides = { ...(options.port !== undefined ? { PORT: options.port } : {}), ...(options.host !== undefined ? { HOST: options.host } : {}) };
      const config = loadConfig(overrides);
      const threaded = config.role === 'all' && config.workerThread;
      const link = threaded ? createThreadLink() : undefined;
      // Threaded, this thread is the web edge; it migrates the database before the other starts.
      const earshot = await createEarshot(threaded ? Object.freeze({ ...config, role: 'web' as const }) : config, link ? { link } : {});
      let background: BackgroundThread | undefined;
      try {
        if (link) background = await startBackgroundThread({ link, overrides }, earshot.logger);
        const url = await earshot.listen();
        earshot.logger.info({ url, database: config.database.kind, role: config.role, workerThread: threaded }, 'earshot listening');
      } catch (error) {
        await background?.stop();
        await earshot.close();
        throw error;
      }
      await untilSignal({
        logger: earshot.logger,
        async close() {
          // The edge stops taking work first; the background thread then finishes what it holds.
          await earshot.close();
          await background?.stop();
        },
      });
    });
}

/** Keeps the process up until SIGINT or SIGTERM, then shuts down cleanly. */
export function untilSignal(running: { logger: Logger; close(): Promise<void> }): Promise<void> {
  return new Promise((resolve) => {
    const shutdown = (signal: string) => {
      running.logger.info({ signal }, 'shutting down');
      void running.close().finally(resolve);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
}
