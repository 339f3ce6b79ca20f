// The ingest benchmark's load generator, run in its own process (so it does not share an event
// loop with the server it measures). It hosts the network simulator: the platforms build and
// sign every delivery exactly as they would send it; this process then sends them on the
// benchmark's schedule and reports each acknowledgement.
import { NetworkSimulator } from '../simulator/simulator.ts';
import type { Delivery } from '../simulator/webhook-deliverer.ts';
import { TrafficGenerator } from '../simulator/traffic/traffic-generator.ts';
import { connectToSimulator, type SimulatedAccounts } from '../demo/simulated-accounts.ts';
import { closedLoop, closePools, openLoop, type Shot } from './load-driver.ts';

export type LoadCommand =
  | { type: 'connect'; earshotUrl: string; accounts: SimulatedAccounts }
  | { type: 'baseline'; url: string; count: number; concurrency: number }
  | { type: 'latency'; count: number; perSecond: number }
  | { type: 'burst'; count: number; concurrency: number; duplicateRate: number };

const sim = new NetworkSimulator({ seed: 20261122 });
const generator = new TrafficGenerator({ seed: 20261122, perHour: 3600 });
const captured: Delivery[] = [];
sim.context.sink = (delivery) => { captured.push(delivery); };

/** The next `count` deliveries, built and signed by the simulated platforms. */
function shots(count: number): Shot[] {
  const out: Shot[] = [];
  const ids = new Map<number, string>();
  while (out.length < count) {
    const activity = generator.next();
    const parent = activity.replyToSeq === undefined ? undefined : ids.get(activity.replyToSeq);
    captured.length = 0;
    const id = sim.publish(activity.network, { ...activity, at: Date.now() }, parent);
    const delivery = captured[0];
    if (!id || !delivery) continue;
    ids.set(activity.seq, id);
    out.push({ delivery, messageId: id });
  }
  return out;
}

function retarget(list: Shot[], url: string): Shot[] {
  const base = new URL(url);
  return list.map((s) => {
    const target = new URL(s.delivery.url);
    target.host = base.host;
    return { ...s, delivery: { ...s.delivery, url: target.toString() } };
  });
}

async function run(command: LoadCommand): Promise<unknown> {
  switch (command.type) {
    case 'connect':
      await connectToSimulator(sim, command.earshotUrl, command.accounts);
      return { connected: true };
    case 'baseline': {
      const { results, elapsedMs } = await closedLoop(retarget(shots(command.count), command.url), command.concurrency);
      return { acknowledged: results.filter((r) => r.acknowledged).length, elapsedMs };
    }
    case 'latency':
      return openLoop(shots(command.count), command.perSecond);
    case 'burst': {
      const list = shots(command.count);
      const duplicates = new Set(list.map((_, i) => i).filter(() => sim.context.random.chance(command.duplicateRate)));
      return closedLoop(list, command.concurrency, duplicates);
    }
  }
}

await sim.start();
process.on('message', (message: LoadCommand & { requestId: number }) => {
  run(message).then(
    (result) => process.send?.({ requestId: message.requestId, result }),
    (error: unknown) => process.send?.({ requestId: message.requestId, error: error instanceof Error ? error.message : String(error) }),
  );
});
process.send?.({ type: 'ready', apiUrls: sim.apiUrls });
process.on('disconnect', () => void Promise.all([sim.stop(), closePools()]).then(() => process.exit(0)));
