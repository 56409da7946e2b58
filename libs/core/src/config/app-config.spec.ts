import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('gives working defaults for development', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/dondoc');
    expect(config.PORT).toBe(3000);
  });

  it('names every invalid setting at once', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(
      /PORT[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*PORT/,
    );
  });

  it('refuses development secrets in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      new ConfigError('Invalid configuration:\n  JWT_SECRET: set a secret of your own in production'),
    );
    const base = { NODE_ENV: 'production', JWT_SECRET: 'a-real-secret-of-32-characters!!' };
    expect(() => loadConfig(base)).not.toThrow();
    expect(() => loadConfig({ ...base, FAKE_NOW: '2025-01-01T00:00:00Z' })).toThrow(/FAKE_NOW/);
  });

  it('requires an SMS callback secret of its own when a gateway is configured in production', () => {
    const base = {
      NODE_ENV: 'production',
      JWT_SECRET: 'a-real-secret-of-32-characters!!',
      SMS_PROVIDER: 'esms',
      SMS_BASE_URL: 'http://127.0.0.1:9/',
      SMS_API_KEY: 'k',
      SMS_SECRET_KEY: 's',
    };
    expect(() => loadConfig(base)).toThrow(/SMS_CALLBACK_SECRET/);
    expect(() => loadConfig({ ...base, SMS_CALLBACK_SECRET: 'short' })).toThrow(/SMS_CALLBACK_SECRET/);
    expect(() => loadConfig({ ...base, SMS_CALLBACK_SECRET: 'gateway-callback-secret-123' })).not.toThrow();
  });
});
