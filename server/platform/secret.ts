// The installation secret: from TONGXIN_SECRET, or (outside production) a key file made in the
// data directory on first start, readable only by its owner. Production must set the variable so
// the key lives with the operator's secrets and not beside the data it protects.
import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Config } from '../config.js'

export function loadSecret(config: Pick<Config, 'secret' | 'dataDir' | 'env'>): string {
  if (config.secret) return config.secret
  if (config.env === 'production') throw new Error('TONGXIN_SECRET is required in production')
  const file = join(config.dataDir, 'secret.key')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(config.dataDir, { recursive: true })
  const secret = randomBytes(48).toString('base64url')
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' })
  chmodSync(file, 0o600)
  return secret
}
