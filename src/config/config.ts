// The one place that reads the environment. Everything Earshot can be told at start-up is here,
// validated once with zod into a frozen object; every problem is reported at once, by name.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const integer = (min: number, max: number) =>
  z.coerce.number({ error: `expected an integer between ${min} and ${max}` })
    .int({ error: `expected an integer between ${min} and ${max}` })
    .min(min, { error: `expected an integer between ${min} and ${max}` })
    .max(max, { error: `expected an integer between ${min} and ${max}` });

const databaseUrl = z.string().refine((value) => /^postgres(ql)?:\/\/.+/.test(value), {
  error: 'expected a postgres://user@host:port/database URL (leave unset for embedded SQLite)',
});

const base64Key = z.string().refine((value) => Buffer.from(value, 'base64').length === 32, {
  error: 'expected 32 random bytes in base64 (for example: openssl rand -base64 32)',
});

/** Every variable Earshot reads, with its default. The README's configuration table mirrors this. */
export const configSchema = z.object({
  PORT: integer(0, 65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: databaseUrl.optional(),
  EARSHOT_DATA_DIR: z.string().min(1).default('./data'),
  EARSHOT_LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  EARSHOT_SECRET_KEY: base64Key.optional(),
  EARSHOT_SECRET_KEY_PREVIOUS: z.string().refine((value) => value.split(',').every((k) => Buffer.from(k.trim(), 'base64').length === 32), {
    error: 'expected comma-separated 32-byte base64 keys',
  }).optional(),
  EARSHOT_PUBLIC_URL: z.url({ error: 'expected an absolute URL such as https://care.example.com' }).optional(),
  EARSHOT_JOB_CONCURRENCY: integer(1, 1000).default(16),
  EARSHOT_DB_POOL_SIZE: integer(1, 200).default(10),
  EARSHOT_SQLITE_SYNCHRONOUS: z.enum(['NORMAL', 'FULL']).default('NORMAL'),
  EARSHOT_MAX_BODY_BYTES: integer(1024, 64 * 1024 * 1024).default(1024 * 1024),
  EARSHOT_ROLE: z.enum(['all', 'web', 'worker']).default('all'),
  EARSHOT_WORKER_THREAD: z.enum(['true', 'false'], { error: 'expected true or false' }).default('true'),
  EARSHOT_TRUST_PROXY: z.enum(['true', 'false'], { error: 'expected true or false' }).default('false'),
  EARSHOT_X_API_URL: z.url({ error: 'expected an absolute URL such as https://api.x.com' }).default('https://api.x.com'),
  EARSHOT_META_GRAPH_URL: z.url({ error: 'expected an absolute URL such as https://graph.facebook.com/v21.0' }).default('https://graph.facebook.com/v21.0'),
  EARSHOT_CHANNEL_TIMEOUT_MS: integer(100, 120_000).default(15_000),
  EARSHOT_X_PRICES: z.string().refine((value) => {
    try {
      const parsed: unknown = JSON.parse(value);
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && Object.values(parsed).every((v) => typeof v === 'number' && v >= 0);
    } catch {
      return false;
    }
  }, { error: 'expected a JSON object of resource name to USD price, e.g. {"posts_read":0.005}' }).optional(),
  EARSHOT_X_POLL_BUDGET_USD: z.coerce.number({ error: 'expected a number of US dollars' }).min(0, { error: 'expected a number of US dollars' }).default(100),
  EARSHOT_X_POLL_INTERVAL_SECONDS: integer(5, 86_400).default(60),
});

export type ConfigInput = z.input<typeof configSchema>;

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly database: { readonly kind: 'sqlite'; readonly file: string; readonly synchronous: 'NORMAL' | 'FULL' }
    | { readonly kind: 'postgres'; readonly url: string; readonly poolSize: number };
  readonly logLevel: (typeof LOG_LEVELS)[number];
  /** 32-byte key for secrets at rest; when unset, a key file in dataDir is created on first start. */
  readonly secretKey: Buffer | undefined;
  /** Keys that may still have sealed some secrets (during a rotation). */
  readonly previousSecretKeys: readonly Buffer[];
  readonly publicUrl: string | undefined;
  readonly jobConcurrency: number;
  readonly maxBodyBytes: number;
  /** Which loops this process runs: `web` serves HTTP only, `worker` runs jobs only, `all` both. */
  readonly role: 'all' | 'web' | 'worker';
  /**
   * With role `all`, `earshot serve` runs the background work (inbound processing, jobs, rollups)
   * in a worker thread beside the HTTP edge, so a second core works.
   */
  readonly workerThread: boolean;
  /** Behind a TLS-terminating proxy: trust its X-Forwarded-* headers (client IP, protocol). */
  readonly trustProxy: boolean;
  readonly channels: {
    /** Base URLs of the platform APIs (point them at `earshot simulate` for tests and demos). */
    readonly apiUrls: { readonly x: string; readonly meta: string };
    /** Deadline for one call to a platform API. */
    readonly timeoutMs: number;
    /** Overrides of X's pay-per-use prices (USD per unit), by resource. */
    readonly xPrices: Readonly<Record<string, number>>;
    /** Default monthly polling budget per X account (USD); an account's settings may set its own. */
    readonly xPollBudgetUsd: number;
    readonly xPollIntervalMs: number;
  };
}

export class ConfigError extends Error {
  readonly problems: readonly string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

type Source = Record<string, string | undefined>;

/** Reads the config file named by EARSHOT_CONFIG (or ./earshot.config.json when present). */
function readConfigFile(env: Source, cwd: string): Source {
  const path = env.EARSHOT_CONFIG ?? (existsSync(resolve(cwd, 'earshot.config.json')) ? 'earshot.config.json' : undefined);
  if (!path) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(resolve(cwd, path), 'utf8'));
  } catch (error) {
    throw new ConfigError([`EARSHOT_CONFIG: cannot read ${path} as JSON (${(error as Error).message})`]);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError([`EARSHOT_CONFIG: ${path} must hold a JSON object of variable names to values`]);
  }
  const known = new Set(Object.keys(configSchema.shape));
  const unknown = Object.keys(parsed).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    throw new ConfigError(unknown.map((key) => `${key}: not a setting Earshot knows (in ${path})`));
  }
  return Object.fromEntries(Object.entries(parsed).map(([key, value]) => [key, String(value)]));
}

/**
 * Builds the configuration from (lowest to highest precedence) defaults, the config file, the
 * environment and explicit overrides (command-line flags). Empty strings count as unset.
 */
/** Values that win over the file and the environment (command-line flags). */
export type ConfigOverrides = Partial<Record<keyof ConfigInput, string | number>>;

export function loadConfig(overrides: ConfigOverrides = {},
  env: Source = process.env, cwd: string = process.cwd()): Config {
  const merged: Source = { ...readConfigFile(env, cwd) };
  for (const key of Object.keys(configSchema.shape)) {
    const fromEnv = env[key];
    if (fromEnv !== undefined && fromEnv !== '') merged[key] = fromEnv;
    const override = overrides[key as keyof ConfigInput];
    if (override !== undefined) merged[key] = String(override);
  }
  const result = configSchema.safeParse(merged);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? 'config');
      const got = merged[key];
      return `${key}: ${issue.message}${got !== undefined && !key.includes('KEY') ? ` (got ${JSON.stringify(got)})` : ''}`;
    }));
  }
  return toConfig(result.data, cwd);
}

function toConfig(values: z.output<typeof configSchema>, cwd: string): Config {
  const dataDir = resolve(cwd, values.EARSHOT_DATA_DIR);
  return Object.freeze({
    port: values.PORT,
    host: values.HOST,
    dataDir,
    database: Object.freeze(values.DATABASE_URL
      ? { kind: 'postgres' as const, url: values.DATABASE_URL, poolSize: values.EARSHOT_DB_POOL_SIZE }
      : { kind: 'sqlite' as const, file: resolve(dataDir, 'earshot.db'), synchronous: values.EARSHOT_SQLITE_SYNCHRONOUS }),
    logLevel: values.EARSHOT_LOG_LEVEL,
    secretKey: values.EARSHOT_SECRET_KEY ? Buffer.from(values.EARSHOT_SECRET_KEY, 'base64') : undefined,
    previousSecretKeys: Object.freeze((values.EARSHOT_SECRET_KEY_PREVIOUS ?? '').split(',').filter((k) => k.trim() !== '')
      .map((k) => Buffer.from(k.trim(), 'base64'))),
    publicUrl: values.EARSHOT_PUBLIC_URL,
    jobConcurrency: values.EARSHOT_JOB_CONCURRENCY,
    maxBodyBytes: values.EARSHOT_MAX_BODY_BYTES,
    role: values.EARSHOT_ROLE,
    workerThread: values.EARSHOT_WORKER_THREAD === 'true',
    trustProxy: values.EARSHOT_TRUST_PROXY === 'true',
    channels: Object.freeze({
      apiUrls: Object.freeze({ x: values.EARSHOT_X_API_URL, meta: values.EARSHOT_META_GRAPH_URL }),
      timeoutMs: values.EARSHOT_CHANNEL_TIMEOUT_MS,
      xPrices: Object.freeze(values.EARSHOT_X_PRICES ? JSON.parse(values.EARSHOT_X_PRICES) as Record<string, number> : {}),
      xPollBudgetUsd: values.EARSHOT_X_POLL_BUDGET_USD,
      xPollIntervalMs: values.EARSHOT_X_POLL_INTERVAL_SECONDS * 1000,
    }),
  });
}

/** Test and tool settings that are read from the environment but are not server configuration. */
export const testEnvironment = Object.freeze({
  /** CI=true makes the PostgreSQL contract run mandatory. */
  get ci(): boolean { return process.env.CI === 'true'; },
  /** Server for tests that need PostgreSQL; each test creates and drops its own database. */
  get postgresAdminUrl(): string { return process.env.EARSHOT_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'; },
  get chromiumPath(): string | undefined { return process.env.EARSHOT_CHROMIUM ?? undefined; },
});

/** The environment to hand to a child process Earshot starts (benchmarks start servers). */
export function childEnvironment(overrides: Record<string, string>): Record<string, string | undefined> {
  return { ...process.env, ...overrides };
}
