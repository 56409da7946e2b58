import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min, MinLength, validateSync } from 'class-validator';

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
  return config;
}
