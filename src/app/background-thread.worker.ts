// The worker thread's entry (see background-thread.ts): Earshot as role `worker` on the same
// configuration, linked to the main thread; stops when asked.
import { parentPort, workerData } from 'node:worker_threads';
import { loadConfig } from '../config/config.ts';
import { createEarshot } from './earshot.ts';
import type { BackgroundThreadData } from './background-thread.ts';

const data = workerData as BackgroundThreadData;
const config = Object.freeze({ ...loadConfig(data.overrides), role: 'worker' as const });
const earshot = await createEarshot(config, { link: data.link });
await earshot.start();
parentPort!.on('message', (message: unknown) => {
  if (message !== 'stop') return;
  void earshot.close().finally(() => parentPort!.close());
});
parentPort!.postMessage('ready');
