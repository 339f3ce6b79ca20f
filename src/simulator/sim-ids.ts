// Ids in each platform's own shape: X snowflakes (time-ordered 64-bit integers as strings, so
// since_id works), Facebook object ids (`<page>_<post>`, `<post>_<comment>`), Messenger and
// Instagram message ids, WhatsApp wamids.
import type { Random } from './traffic/random.ts';

const TWITTER_EPOCH = 1288834974657n;

export class SimIds {
  private sequence = 0n;
  private readonly random: Random;

  constructor(random: Random) {
    this.random = random;
  }

  /** A snowflake: 41 bits of milliseconds since X's epoch, then worker and sequence bits. */
  snowflake(at: number): string {
    this.sequence = (this.sequence + 1n) & 0x3fffffn;
    return (((BigInt(Math.floor(at)) - TWITTER_EPOCH) << 22n) | this.sequence).toString();
  }

  digits(length: number): string {
    return this.random.digits(length);
  }

  mid(): string {
    return `m_${this.token(22)}`;
  }

  igMid(): string {
    return `aWdfZG1faWQ6${this.token(24)}`;
  }

  wamid(): string {
    return `wamid.HBgL${this.token(32)}=`;
  }

  private token(length: number): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[this.random.int(0, alphabet.length - 1)];
    return out;
  }
}
