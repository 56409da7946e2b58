import { plainToInstance, Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);

/**
 * Every setting the service reads, validated once at start-up. Nothing else reads process.env:
 * inject AppConfig instead.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/dondoc';

  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Prefix of every BullMQ key, so several deployments (or test runs) can share one Redis. */
  @IsString()
  @MinLength(1)
  REDIS_PREFIX = 'dondoc';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Where people reach the web app; links in reminders point here. */
  @IsUrl({ require_tld: false })
  PUBLIC_URL = 'http://localhost:3000';

  @IsString()
  @MinLength(16, { message: 'JWT_SECRET must be at least 16 characters' })
  JWT_SECRET = 'dev-only-secret-change-me-in-production';

  @Transform(toInt)
  @IsInt()
  @Min(60)
  JWT_TTL_SECONDS = 12 * 3600;

  /** Pool size per process; the default suits a 2-core machine. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  @IsOptional()
  @IsIn(['json', 'text'])
  LOG_FORMAT: 'json' | 'text' = 'text';

  /** Run pending migrations when the API starts (under an advisory lock). */
  @IsIn(['true', 'false'])
  MIGRATE_ON_START: 'true' | 'false' = 'true';

  // ── Reminders: email over SMTP ──────────────────────────────────────────────
  /** Empty: no SMTP server configured; email deliveries then fail visibly instead of vanishing. */
  @IsString()
  SMTP_HOST = '';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  SMTP_PORT = 587;

  /** 'true': TLS from the first byte (port 465); 'false': plain, upgraded by STARTTLS when offered. */
  @IsIn(['true', 'false'])
  SMTP_SECURE: 'true' | 'false' = 'false';

  /** 'true' refuses to send over a connection that could not be upgraded to TLS. */
  @IsIn(['true', 'false'])
  SMTP_REQUIRE_TLS: 'true' | 'false' = 'false';

  @IsString()
  SMTP_USER = '';

  @IsString()
  SMTP_PASSWORD = '';

  /** Parallel connections to the SMTP server (pooled); a relay you own can take more than the default. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  SMTP_MAX_CONNECTIONS = 5;

  @IsEmail({ require_tld: false })
  SMTP_FROM = 'nhacviec@dondoc.local';

  @IsString()
  SMTP_FROM_NAME = 'Hệ thống theo dõi nhiệm vụ';

  // ── Reminders: SMS through a brand-name gateway ─────────────────────────────
  /** 'esms' (HTTP JSON in the style of eSMS) or 'none' (SMS deliveries fail visibly). */
  @IsIn(['esms', 'none'])
  SMS_PROVIDER: 'esms' | 'none' = 'none';

  /** The gateway's address, e.g. https://rest.esms.vn; empty when SMS_PROVIDER is 'none'. */
  @ValidateIf((c: AppConfig) => c.SMS_BASE_URL !== '')
  @IsUrl({ require_tld: false, require_protocol: true })
  SMS_BASE_URL = '';

  @IsString()
  SMS_API_KEY = '';

  @IsString()
  SMS_SECRET_KEY = '';

  @IsString()
  SMS_BRAND_NAME = '';

  /** 'false': fold diacritics to GSM text (160 a segment), as most brand-name gateways require. */
  @IsIn(['true', 'false'])
  SMS_UNICODE: 'true' | 'false' = 'false';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(5)
  SMS_MAX_SEGMENTS = 1;

  /** Messages a second the provider accepts from us. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10000)
  SMS_RATE_PER_SECOND = 20;

  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(120000)
  SMS_TIMEOUT_MS = 10000;

  /** Shared with the gateway: its delivery callbacks must carry it (header X-Callback-Secret or ?secret=). */
  @IsString()
  SMS_CALLBACK_SECRET = 'dev-only-sms-callback-secret';

  // ── Reminders: worker ───────────────────────────────────────────────────────
  /** Parallel sends per channel in one worker process. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  WORKER_CONCURRENCY = 20;

  /** How often the worker looks for reminders coming due (milliseconds). */
  @Transform(toInt)
  @IsInt()
  @Min(200)
  @Max(600000)
  REMINDER_TICK_MS = 10000;

  /**
   * A claimed delivery whose worker has not reported for this long is presumed crashed: an email
   * becomes "unknown" (never re-sent), an SMS is re-sent under the same request id. Longer than any
   * SMTP or SMS timeout.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  DELIVERY_LEASE_MS = 120000;

  /**
   * How long a worker's hold on a job lasts without renewal, and how often workers look for jobs
   * whose holder died (BullMQ lockDuration and stalledInterval). A killed worker's jobs resume
   * within about twice this.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  WORKER_LOCK_MS = 30000;

  /** Test and demo only: the instant the worker's Clock starts at. Refused in production. */
  @ValidateIf((c: AppConfig) => c.FAKE_NOW !== '')
  @IsISO8601({ strict: true })
  FAKE_NOW = '';
}

export class ConfigError extends Error {}

/** Validates an environment (process.env by default) into a typed AppConfig, or throws one readable error. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const picked = Object.fromEntries(known.filter((k) => env[k] !== undefined).map((k) => [k, env[k]]));
  const config = plainToInstance(AppConfig, picked, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: true });
  if (errors.length > 0) {
    const lines = errors.flatMap((e) =>
      Object.values(e.constraints ?? {}).map((m) => `  ${e.property}: ${m}`),
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if (config.NODE_ENV === 'production' && config.JWT_SECRET === new AppConfig().JWT_SECRET) {
    throw new ConfigError('Invalid configuration:\n  JWT_SECRET: set a secret of your own in production');
  }
  const weakCallbackSecret =
    config.SMS_CALLBACK_SECRET === new AppConfig().SMS_CALLBACK_SECRET ||
    config.SMS_CALLBACK_SECRET.length < 16;
  if (config.NODE_ENV === 'production' && config.SMS_PROVIDER !== 'none' && weakCallbackSecret) {
    throw new ConfigError(
      'Invalid configuration:\n  SMS_CALLBACK_SECRET: with an SMS gateway in production, set a secret of your own (16+ characters)',
    );
  }
  if (config.NODE_ENV === 'production' && config.FAKE_NOW) {
    throw new ConfigError(
      'Invalid configuration:\n  FAKE_NOW: a fake clock is for tests and demos, not production',
    );
  }
  if (config.SMS_PROVIDER !== 'none' && !config.SMS_BASE_URL) {
    throw new ConfigError('Invalid configuration:\n  SMS_BASE_URL: set the gateway address for SMS_PROVIDER');
  }
  return config;
}
