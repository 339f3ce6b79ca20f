// The server under test for `earshot bench ingest`: `earshot serve` in its own process on the
// benchmark's temporary SQLite database, and a read-only view of that database for the results.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { childEnvironment, loadConfig } from '../config/config.ts';
import { Storage } from '../storage/storage.ts';

const BIN = fileURLToPath(new URL('../../bin/earshot.js', import.meta.url));

export interface BenchServer {
  url: string;
  storage: Storage;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

export async function startBenchServer(dataDir: string, apiUrls: { x: string; meta: string }): Promise<BenchServer> {
  const port = await freePort();
  const env = { EARSHOT_DATA_DIR: dataDir, EARSHOT_LOG_LEVEL: 'warn', EARSHOT_X_API_URL: apiUrls.x, EARSHOT_META_GRAPH_URL: apiUrls.meta, PORT: String(port), HOST: '127.0.0.1' };
  const child: ChildProcess = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', BIN, 'serve'], { env: childEnvironment(env), stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error('the server under test exited while starting');
    if (await fetch(`${url}/readyz`).then((r) => r.ok, () => false)) break;
    if (i > 400) throw new Error('the server under test did not start');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const storage = await Storage.open(loadConfig({}, { EARSHOT_DATA_DIR: dataDir }, dataDir).database);
  return {
    url, storage,
    async stop() {
      await storage.close();
      child.kill('SIGTERM');
      await exited;
    },
  };
}
