import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config.js'

describe('configuration', () => {
  it('starts with sensible defaults on a laptop', () => {
    const c = loadConfig({}, '/srv/tongxin')
    expect(c).toMatchObject({
      port: 3000,
      dataDir: '/srv/tongxin/data',
      databaseUrl: undefined,
      sqliteSynchronous: 'NORMAL',
      seedDemo: true,
    })
  })

  it('fails fast, naming every bad variable', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', TONGXIN_SQLITE_SYNCHRONOUS: 'sometimes' })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError)
      const message = (error as ConfigError).message
      expect(message).toContain('PORT')
      expect(message).toContain('DATABASE_URL')
      expect(message).toContain('TONGXIN_SQLITE_SYNCHRONOUS')
    }
  })

  it('requires a real secret in production and never seeds demo data there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/TONGXIN_SECRET/)
    const c = loadConfig({
      NODE_ENV: 'production',
      TONGXIN_SECRET: 'x'.repeat(40),
      TONGXIN_SEED_DEMO: 'true',
    })
    expect(c.seedDemo).toBe(false)
    expect(c.cookieSecure).toBe(true)
  })
})
