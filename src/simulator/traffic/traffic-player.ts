// Plays a traffic stream into the simulator in real time: the generator's virtual gaps scaled so
// the average matches the requested rate (bursts and quiet stretches keep their shape), each
// activity stamped with the real time it is published, replies pointed at the platform id their
// parent got.
import type { SimActivity, SimNetwork, TrafficGenerator } from './traffic-generator.ts';

export interface PlayTarget {
  /** Publishes on the platform; returns the platform id, or null when the network is not connected. */
  publish(network: SimNetwork, activity: SimActivity, parentId?: string): string | null;
}

export interface PlayOptions {
  /** Average activities per second. */
  perSecond: number;
  /** Stop after this many (default: until stopped). */
  count?: number;
  /** The generator's own average rate per hour (to scale its gaps). */
  generatorPerHour: number;
  onPublished?: (activity: SimActivity, platformId: string) => void;
}

export class TrafficPlayer {
  private timer: NodeJS.Timeout | undefined;
  private readonly ids = new Map<number, string>();
  private played = 0;
  private last: SimActivity | null = null;
  private readonly generator: TrafficGenerator;
  private readonly target: PlayTarget;
  private readonly options: PlayOptions;
  private finished: (() => void) | null = null;
  readonly done: Promise<void>;

  constructor(generator: TrafficGenerator, target: PlayTarget, options: PlayOptions) {
    this.generator = generator;
    this.target = target;
    this.options = options;
    this.done = new Promise((resolve) => { this.finished = resolve; });
  }

  start(): this {
    this.schedule();
    return this;
  }

  stop(): void {
    clearTimeout(this.timer);
    this.finished?.();
  }

  get count(): number {
    return this.played;
  }

  private schedule(): void {
    if (this.options.count !== undefined && this.played >= this.options.count) return this.stop();
    const next = this.generator.next();
    const virtualGap = this.last ? next.at - this.last.at : 0;
    this.last = next;
    const speed = this.options.perSecond / (this.options.generatorPerHour / 3600);
    this.timer = setTimeout(() => {
      const parentId = next.replyToSeq === undefined ? undefined : this.ids.get(next.replyToSeq);
      const id = this.target.publish(next.network, { ...next, at: Date.now() }, parentId);
      if (id) {
        this.ids.set(next.seq, id);
        this.played += 1;
        this.options.onPublished?.(next, id);
      }
      if (this.ids.size > 5000) this.ids.delete(this.ids.keys().next().value!);
      this.schedule();
    }, Math.min(30_000, virtualGap / speed));
    this.timer.unref?.();
  }
}
