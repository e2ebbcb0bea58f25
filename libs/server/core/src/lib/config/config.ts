import { z } from 'zod';

const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(
      z
        .string()
        .refine((value) => protocols.some((protocol) => value.startsWith(`${protocol}://`)), {
          message: `must be a URL starting with ${protocols.map((p) => `${p}://`).join(' or ')}`,
        })
        .optional(),
    )
    .optional();

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** The single schema of every setting; read once at boot, nowhere else. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: optionalUrl(['postgres', 'postgresql']),
  DATA_DIR: z.string().min(1).default('.data'),
  EMBEDDED_PG_PORT: port(54329),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** The web client, the one address a person opens (it proxies /graphql and /realtime to the api and gateway). */
  WEB_PORT: port(3000),
  API_PORT: port(3100),
  GATEWAY_PORT: port(3101),
  API_URL: optionalUrl(['http', 'https']),
  PUBLIC_URL: optionalUrl(['http', 'https']),
  /**
   * Which proxies in front of Palabre may set X-Forwarded-For (Express's "trust proxy"): "loopback" (default),
   * "false" (none: the socket's address is the client's), "true" (any: only behind a proxy that always sets it),
   * a number of hops, or a comma-separated list of addresses, subnets or loopback/linklocal/uniquelocal.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .default('loopback')
    .transform((value): boolean | number | string => (value === 'true' ? true : value === 'false' ? false : /^\d+$/.test(value) ? Number(value) : value)),
  /** Bearer token that /metrics requires; unset, /metrics is not served at all. */
  METRICS_TOKEN: z
    .string()
    .trim()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(z.string().min(16, 'must be at least 16 characters').optional())
    .optional(),
  REDIS_URL: optionalUrl(['redis', 'rediss']),
  SMTP_URL: optionalUrl(['smtp', 'smtps']),
  SMTP_FROM: z.string().default('Palabre <no-reply@palabre.local>'),
  /** Runs the email worker in this process (every process can enqueue; several workers share the queue safely). */
  MAIL_WORKER_ENABLED: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  /** Attempts after the first before an email job is failed for an operator (`npm run jobs`). */
  MAIL_RETRY_LIMIT: z.coerce.number().int().min(0).max(50).default(8),
  /** First retry delay; each next one doubles (pg-boss exponential backoff, capped at 6 hours). */
  MAIL_RETRY_DELAY_SECONDS: positiveInt(30),
  /** Minutes an email verification or email change link stays valid. */
  EMAIL_VERIFICATION_TTL_MINUTES: positiveInt(24 * 60),
  /** Minutes a password reset link stays valid (at most an hour). */
  PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().min(1).max(60).default(30),
  /** Account emails (verification, reset) one address or one client address may ask for per hour. */
  ACCOUNT_EMAILS_PER_HOUR: positiveInt(5),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters (a random secret shared by api and gateway)'),
  PASSWORD_HASH_COST_LOG2: z.coerce.number().int().min(10).max(20).default(17),
  ACCESS_TOKEN_TTL_SECONDS: positiveInt(900),
  REFRESH_TOKEN_TTL_DAYS: positiveInt(30),
  CORS_ORIGINS: z
    .string()
    .default('http://localhost:3000,http://localhost:5173')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    ),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RATE_LIMIT_POINTS: positiveInt(600),
  RATE_LIMIT_WINDOW_SECONDS: positiveInt(60),
  AUTH_FAILURES_PER_ACCOUNT: positiveInt(5),
  /** Accounts one client address may create per hour. */
  SIGNUPS_PER_ADDRESS_PER_HOUR: positiveInt(10),
  /** Accounts the whole platform accepts per hour (a flood from many addresses). */
  SIGNUPS_PER_HOUR: positiveInt(500),
  AUTH_FAILURES_PER_ADDRESS: positiveInt(20),
  AUTH_FAILURE_WINDOW_SECONDS: positiveInt(900),
  GRAPHQL_MAX_DEPTH: positiveInt(10),
  GRAPHQL_MAX_ALIASES: positiveInt(15),
  GRAPHQL_MAX_COST: positiveInt(5000),
  GRAPHQL_MAX_TOKENS: positiveInt(2000),
  GRAPHQL_MAX_BODY: z.string().default('100kb'),
  /** Seconds an anonymous query's response may be served from memory (writes invalidate it at once); 0 turns the cache off. */
  RESPONSE_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(3600).default(10),
  /** Memory the response cache may hold per api process. */
  RESPONSE_CACHE_MAX_MB: positiveInt(64),
  /** Sessions known to be active kept in memory per process (revocations invalidate them at once); 0 reads every session. */
  SESSION_CACHE_MAX_ENTRIES: z.coerce.number().int().min(0).default(100_000),
  /** Spaces, communities and members' roles kept in memory per process (their writes invalidate them at once); 0 reads them every time. */
  COMMUNITY_CACHE_MAX_ENTRIES: z.coerce.number().int().min(0).default(100_000),
  SOCKET_MAX_MESSAGE_BYTES: positiveInt(16_384),
  EVENT_RETENTION_HOURS: z.coerce.number().int().min(24, 'must be at least 24 (replay keeps a day of events)').default(48),
  /** Moderation anti-abuse: minimum seconds between two posts of one member in one community (0 turns it off). */
  POST_FLOOD_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(5),
  /** Kudos one member may give per community per UTC day. */
  KUDOS_DAILY_BUDGET: positiveInt(50),
  /** Reports a member may send per community per day. */
  REPORTS_PER_DAY: positiveInt(10),
  /** Privacy: days between deleteAccount and the irreversible erasure (cancelAccountDeletion until then). */
  ACCOUNT_DELETION_GRACE_DAYS: z.coerce.number().int().min(0).default(7),
  /** Privacy: days session addresses (IP, user agent) are kept after last use. */
  PRIVACY_TRACE_RETENTION_DAYS: positiveInt(30),
  /** Privacy: days delivered notifications and read receipts are kept. */
  PRIVACY_NOTIFICATION_RETENTION_DAYS: positiveInt(180),
  /** Privacy: days a ready data export archive can be downloaded before it is deleted. */
  DATA_EXPORT_TTL_DAYS: positiveInt(7),
  /** Privacy: minutes a single-use export download link stays valid. */
  DATA_EXPORT_LINK_TTL_MINUTES: positiveInt(60),
  DATA_EXPORT_MIN_INTERVAL_HOURS: positiveInt(24),
  /** Privacy: seconds between two runs of the export, erasure and retention jobs. */
  PRIVACY_JOB_INTERVAL_SECONDS: positiveInt(60),
  /** Uploads: largest image file accepted, in bytes (larger ones are refused with PAYLOAD_TOO_LARGE). */
  MEDIA_MAX_BYTES: positiveInt(10 * 1024 * 1024),
  /** Uploads: most pixels (width × height) an image may decode to; refuses decompression bombs. */
  MEDIA_MAX_PIXELS: positiveInt(40_000_000),
  /** Uploads: images one member may upload per hour. */
  UPLOADS_PER_HOUR: positiveInt(60),
  /** Uploads: hours an image no post references is kept before it is deleted. */
  MEDIA_PENDING_RETENTION_HOURS: positiveInt(24),
  /** Images go to this S3-compatible bucket when set (several api processes); to DATA_DIR/media otherwise. */
  S3_BUCKET: z
    .string()
    .trim()
    .transform((value) => (value === '' ? undefined : value))
    .optional(),
  /** Endpoint of an S3-compatible store (MinIO, Garage, R2...); unset, AWS S3 itself. */
  S3_ENDPOINT: optionalUrl(['http', 'https']),
  S3_REGION: z.string().trim().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().trim().optional(),
  S3_SECRET_ACCESS_KEY: z.string().trim().optional(),
  /** Path-style addressing (`endpoint/bucket/key`), which most self-hosted stores need. */
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  SCHEDULER_ENABLED: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
});

export type AppConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment; a bad value names the variable and what is expected. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const variable = issue.path.join('.') || '(environment)';
    const received = env[variable];
    const shown = received === undefined ? 'it is not set' : `got "${/SECRET|TOKEN/.test(variable) ? '***' : received}"`;
    return `${variable}: ${issue.message} (${shown})`;
  });
  throw new ConfigError(problems);
}

export const APP_CONFIG = Symbol('APP_CONFIG');
