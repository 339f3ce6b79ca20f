// A realistic, seeded stream of customer activity across networks: complaints, questions, praise,
// chatter and spam; authors from nobodies to celebrities; quiet nights and busy evenings; now and
// then a storm (an outage: a burst of complaints on one topic); threads (replies to earlier
// posts, follow-ups, a commenter later sending a DM). Times are virtual: the player decides how
// fast they pass.
import { makePersonas, type Language, type Persona } from './personas.ts';
import { CITIES, FOLLOW_UPS, PHRASES, type Category } from './phrases.ts';
import { Random } from './random.ts';

export type SimNetwork = 'x' | 'facebook' | 'instagram' | 'whatsapp';
export type SimKind = 'mention' | 'comment' | 'post' | 'reply' | 'dm';

export interface SimActivity {
  seq: number;
  network: SimNetwork;
  kind: SimKind;
  author: Persona;
  text: string;
  /** Virtual time (epoch ms). */
  at: number;
  /** The earlier activity this one answers (a reply), by seq. */
  replyToSeq?: number;
  category: Category;
  language: Language;
  /** WhatsApp: a photo, or a tap on a quick-reply button. */
  variant?: 'image' | 'button';
}

export interface TrafficOptions {
  seed: number;
  /** Average activities per hour at a normal hour (busier evenings, quiet nights around it). */
  perHour?: number;
  start?: number;
  networks?: readonly SimNetwork[];
  personas?: number;
  /** Chance that any activity starts a storm. */
  stormChance?: number;
}

// Relative volume by UTC hour: quiet at night, peaks in the morning and evening.
const HOURLY = [0.25, 0.15, 0.1, 0.1, 0.15, 0.3, 0.6, 1.0, 1.4, 1.3, 1.1, 1.0, 1.1, 1.0, 0.9, 0.9, 1.0, 1.2, 1.5, 1.6, 1.4, 1.1, 0.8, 0.5];
const NETWORK_MIX: Record<SimNetwork, number> = { x: 40, facebook: 25, instagram: 20, whatsapp: 15 };
const CATEGORY_MIX: Record<Category, number> = { complaint: 30, question: 30, praise: 12, chatter: 20, spam: 8 };
const STORM = ['Is the {brand} app down? Cannot check in for {flight}.', '{brand} website not loading and my flight leaves in 2 hours!!', 'Whole terminal at {city} waiting, {brand} systems down again?', '@{brand} your booking system is broken, nobody can board {flight}'];

export class TrafficGenerator {
  private readonly random: Random;
  private readonly personas: Persona[];
  private readonly recent: SimActivity[] = [];
  private readonly perHour: number;
  private readonly networks: Record<SimNetwork, number>;
  private readonly stormChance: number;
  private clock: number;
  private seq = 0;
  private storm: { left: number; flight: string } | null = null;

  constructor(options: TrafficOptions) {
    this.random = new Random(options.seed);
    this.personas = makePersonas(this.random, options.personas ?? 400);
    this.perHour = options.perHour ?? 120;
    this.clock = options.start ?? Date.UTC(2026, 0, 5, 8);
    this.stormChance = options.stormChance ?? 0.002;
    const allowed = new Set(options.networks ?? Object.keys(NETWORK_MIX));
    this.networks = Object.fromEntries(Object.entries(NETWORK_MIX).map(([n, w]) => [n, allowed.has(n) ? w : 0])) as Record<SimNetwork, number>;
  }

  /** The next activity, at a later virtual time than the last. */
  next(): SimActivity {
    const hour = new Date(this.clock).getUTCHours();
    const rate = this.perHour * HOURLY[hour]! * (this.storm ? 8 : 1);
    this.clock += Math.max(1, Math.round(this.random.exponential(3_600_000 / rate)));
    if (!this.storm && this.random.chance(this.stormChance)) this.storm = { left: this.random.int(30, 80), flight: this.flight() };
    const activity = this.storm ? this.stormActivity() : this.thread() ?? this.fresh();
    this.recent.push(activity);
    if (this.recent.length > 200) this.recent.shift();
    return activity;
  }

  private make(partial: Omit<SimActivity, 'seq' | 'at' | 'language'>): SimActivity {
    return { ...partial, seq: ++this.seq, at: this.clock, language: partial.author.language };
  }

  private fresh(): SimActivity {
    const network = this.random.weighted(this.networks);
    const author = this.random.pick(this.personas);
    const category = this.random.weighted(CATEGORY_MIX);
    const kind = this.kindFor(network, category);
    const variant = network === 'whatsapp' ? this.random.weighted({ none: 85, image: 8, button: 7 }) : 'none';
    return this.make({ network, kind, author, category, text: variant === 'button' ? 'Track my booking' : this.text(author.language, category), ...(variant === 'none' ? {} : { variant }) });
  }

  private kindFor(network: SimNetwork, category: Category): SimKind {
    if (network === 'whatsapp') return 'dm';
    // Spam and chatter are public; questions and complaints also go to DMs.
    const dm = category === 'spam' || category === 'chatter' ? 0 : network === 'x' ? 25 : 40;
    if (network === 'x') return this.random.weighted({ mention: 100 - dm, dm });
    if (network === 'facebook') return this.random.weighted({ comment: 90 - dm, post: 10, dm });
    return this.random.weighted({ comment: 88 - dm, mention: 12, dm });
  }

  /** Continues an earlier public thread: a follow-up, a reply by someone else, or a move to DMs. */
  private thread(): SimActivity | null {
    // Instagram mentions sit on other people's media: nobody replies to them under the brand.
    const earlier = this.recent.filter((a) => a.kind !== 'dm' && a.category !== 'spam' && a.network !== 'whatsapp' && !(a.network === 'instagram' && a.kind === 'mention'));
    if (earlier.length === 0 || !this.random.chance(0.22)) return null;
    const parent = this.random.pick(earlier);
    const mode = this.random.weighted({ followUp: 45, other: 35, dm: 20 });
    if (mode === 'dm') {
      return this.make({ network: parent.network, kind: 'dm', author: parent.author, category: 'complaint', text: `Hi, following up on my ${parent.network === 'x' ? 'post' : 'comment'}: ${this.text(parent.language, 'complaint')}` });
    }
    const author = mode === 'followUp' ? parent.author : this.random.pick(this.personas);
    return this.make({ network: parent.network, kind: 'reply', author, category: mode === 'followUp' ? 'complaint' : 'chatter', text: this.random.pick(FOLLOW_UPS), replyToSeq: parent.seq });
  }

  private stormActivity(): SimActivity {
    this.storm!.left -= 1;
    const flight = this.storm!.flight;
    if (this.storm!.left <= 0) this.storm = null;
    const network = this.random.weighted({ ...this.networks, whatsapp: 0 });
    const author = this.random.pick(this.personas);
    return this.make({ network, kind: network === 'x' ? 'mention' : 'comment', author, category: 'complaint', text: this.fill(this.random.pick(STORM), flight) });
  }

  private text(language: Language, category: Category): string {
    const own = PHRASES[language][category];
    const list = own && own.length > 0 ? own : PHRASES.en[category]!;
    return this.fill(this.random.pick(list));
  }

  private fill(template: string, flight = this.flight()): string {
    return template
      .replaceAll('{brand}', 'AcmeAir').replaceAll('{flight}', flight).replaceAll('{city}', this.random.pick(CITIES))
      .replaceAll('{hours}', String(this.random.int(2, 9))).replaceAll('{ref}', `AC${this.random.digits(6)}`);
  }

  private flight(): string {
    return `AC${this.random.int(100, 1999)}`;
  }
}
