/**
 * Configuration from the environment, validated once at start. A pure function of the env object so
 * tests need no global patching; only server.ts passes `process.env`.
 */
import { z } from 'zod';
import { ConfigError } from './errors.js';
import { DEFAULT_METRICS_REPOSITORIES, MAX_METRICS_REPOSITORIES } from './limits.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Shorter bearer tokens are guessable; 32 hex chars (`openssl rand -hex 16`) is the floor. */
const MIN_TOKEN_LENGTH = 32;

const envSchema = z.object({
  PORT: z
    .string()
    .regex(/^\d+$/, 'must be a whole number from 0 to 65535')
    .transform(Number)
    .refine((n) => n <= 65535, 'must be a whole number from 0 to 65535')
    .default(8080),
  HOST: z.string().min(1, 'must not be empty').default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    // The URL may hold a password: messages below never echo the value.
    .refine((v) => /^postgres(ql)?:\/\/./.test(v) && URL.canParse(v), 'must be a postgres:// or postgresql:// URL')
    .optional(),
  SRP_DATA_DIR: z.string().min(1, 'must not be empty').default('data'),
  SRP_API_TOKEN: z
    .string()
    .min(MIN_TOKEN_LENGTH, `must be at least ${MIN_TOKEN_LENGTH} characters (e.g. openssl rand -hex 32)`)
    .refine((v) => !/\s/.test(v), 'must not contain whitespace')
    .optional(),
  SRP_METRICS_TOKEN: z
    .string()
    .min(MIN_TOKEN_LENGTH, `must be at least ${MIN_TOKEN_LENGTH} characters (e.g. openssl rand -hex 32)`)
    .refine((v) => !/\s/.test(v), 'must not contain whitespace')
    .optional(),
  SRP_METRICS_REPOSITORIES: z
    .string()
    .regex(/^\d{1,6}$/, `must be a whole number from 1 to ${MAX_METRICS_REPOSITORIES}`)
    .transform(Number)
    .refine((n) => n >= 1 && n <= MAX_METRICS_REPOSITORIES, `must be a whole number from 1 to ${MAX_METRICS_REPOSITORIES}`)
    .default(DEFAULT_METRICS_REPOSITORIES),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  SRP_VERSION: z.string().min(1).max(64).optional(),
  SRP_COMMIT: z.string().max(64).default('unknown'),
  SRP_BUILD_NUMBER: z.string().max(64).default('unknown'),
});

export interface BuildInfo {
  version: string;
  commit: string;
  buildNumber: string;
}

export interface Config {
  port: number;
  host: string;
  /** Absent: the embedded database in `dataDir` is used. */
  databaseUrl?: string;
  dataDir: string;
  /** Absent: every write is refused with 403. */
  apiToken?: string;
  logLevel: (typeof LOG_LEVELS)[number];
  build: BuildInfo;
  /** Absent: /metrics is open (the default; put it behind your network policy). */
  metricsToken?: string;
  /** Per-repository metric series cover at most this many repositories, most recently released first. */
  metricsRepositories: number;
}

/**
 * Empty strings count as unset: `PORT= npm start` and compose files with blank values mean "default",
 * not "invalid".
 */
function withoutEmpty(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}

export function loadConfig(env: Record<string, string | undefined>, packageVersion: string): Config {
  const parsed = envSchema.safeParse(withoutEmpty(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    throw new ConfigError(`invalid ${name}: ${issue.message}; fix the environment variable and start again`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    dataDir: e.SRP_DATA_DIR,
    ...(e.SRP_API_TOKEN ? { apiToken: e.SRP_API_TOKEN } : {}),
    logLevel: e.LOG_LEVEL,
    ...(e.SRP_METRICS_TOKEN ? { metricsToken: e.SRP_METRICS_TOKEN } : {}),
    metricsRepositories: e.SRP_METRICS_REPOSITORIES,
    build: { version: e.SRP_VERSION ?? packageVersion, commit: e.SRP_COMMIT, buildNumber: e.SRP_BUILD_NUMBER },
  };
}
