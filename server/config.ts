// Environment → typed configuration. Read once at start; a bad value stops the process with a
// message that names the variable, what it holds and what it should hold.
import { resolve } from 'node:path'

export type SqliteSynchronous = 'OFF' | 'NORMAL' | 'FULL' | 'EXTRA'

export interface Config {
  env: 'development' | 'production' | 'test'
  host: string
  port: number
  dataDir: string
  /** postgres://… selects PostgreSQL; absent means the SQLite file under dataDir. */
  databaseUrl: string | undefined
  sqliteSynchronous: SqliteSynchronous
  /**
   * Size cap of the SQLite database in MiB (PRAGMA max_page_count on every connection); a write
   * that would grow it past the cap is refused with 507 STORAGE_FULL. Undefined: no cap but the disk.
   */
  sqliteMaxMb: number | undefined
  /**
   * Who copies the SQLite WAL back into the database file: `background`, a worker thread (the
   * server's thread only appends to the WAL), or `inline`, SQLite's own auto-checkpoint inside the
   * committing request.
   */
  sqliteCheckpoint: 'background' | 'inline'
  /** Start the server with the V8 heap flags of server/heap.ts (bin/tongxin.mjs reads it). */
  compactHeap: boolean
  /** Secret for keyed hashes of personal identifiers and for encryption at rest; from env or a key file. */
  secret: string | undefined
  /** Seed the demo community on first start (never in production). */
  seedDemo: boolean
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  /** Trust X-Forwarded-For from a reverse proxy in front of the server. */
  trustProxy: boolean
  /** Allowed CORS origins; empty means CORS stays off. */
  corsOrigins: string[]
  sessionIdleMinutes: number
  sessionMaxDays: number
  cookieSecure: boolean
  jobPollMs: number
  runJobs: boolean
  uploadMaxBytes: number
  /**
   * The address residents reach the server at (e.g. https://tongxin.example.gov.cn), printed into
   * each building's QR code; undefined: the address the staff member's request came to.
   */
  publicUrl: string | undefined
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`)
    this.name = 'ConfigError'
  }
}

type Env = Record<string, string | undefined>

function int(env: Env, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  if (!/^\d+$/.test(raw)) {
    problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`)
    return fallback
  }
  const value = Number(raw)
  if (value < min || value > max) problems.push(`${name} must be from ${min} to ${max}, got ${value}`)
  return value
}

/** A whole number that may be left unset (undefined). */
function optionalInt(
  env: Env,
  name: string,
  min: number,
  max: number,
  problems: string[],
): number | undefined {
  const raw = env[name]
  if (raw === undefined || raw === '') return undefined
  return int(env, name, min, min, max, problems)
}

function bool(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false
  problems.push(`${name} must be true or false, got "${raw}"`)
  return fallback
}

function oneOf<T extends string>(
  env: Env,
  name: string,
  allowed: readonly T[],
  fallback: T,
  problems: string[],
): T {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const found = allowed.find((a) => a.toLowerCase() === raw.toLowerCase())
  if (!found) problems.push(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`)
  return found ?? fallback
}

/** An http(s) address without query or fragment, kept without a trailing slash. */
function publicUrl(env: Env, name: string, problems: string[]): string | undefined {
  const raw = env[name]?.trim()
  if (raw === undefined || raw === '') return undefined
  let url: URL | undefined
  try {
    url = new URL(raw)
  } catch {
    url = undefined
  }
  if (
    !url ||
    !['http:', 'https:'].includes(url.protocol) ||
    url.search !== '' ||
    url.hash !== '' ||
    url.username !== ''
  ) {
    problems.push(`${name} must be an http:// or https:// address without query or fragment, got "${raw}"`)
    return undefined
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '')
}

export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const problems: string[] = []
  const nodeEnv = oneOf(
    env,
    'NODE_ENV',
    ['development', 'production', 'test'] as const,
    'development',
    problems,
  )
  const databaseUrl = env.DATABASE_URL && env.DATABASE_URL !== '' ? env.DATABASE_URL : undefined
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgres:// or postgresql:// (leave it unset for SQLite)')
  }
  const secret = env.TONGXIN_SECRET && env.TONGXIN_SECRET !== '' ? env.TONGXIN_SECRET : undefined
  if (secret !== undefined && secret.length < 32) {
    problems.push('TONGXIN_SECRET must be at least 32 characters (e.g. `openssl rand -base64 48`)')
  }
  if (nodeEnv === 'production' && secret === undefined) {
    problems.push('TONGXIN_SECRET is required when NODE_ENV=production')
  }
  const corsOrigins = (env.TONGXIN_CORS_ORIGINS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/]+$/.test(origin))
      problems.push(`TONGXIN_CORS_ORIGINS has an invalid origin "${origin}"`)
  }
  const config: Config = {
    env: nodeEnv,
    host: env.HOST && env.HOST !== '' ? env.HOST : '127.0.0.1',
    port: int(env, 'PORT', 3000, 0, 65535, problems),
    dataDir: resolve(
      cwd,
      env.TONGXIN_DATA_DIR && env.TONGXIN_DATA_DIR !== '' ? env.TONGXIN_DATA_DIR : 'data',
    ),
    databaseUrl,
    sqliteSynchronous: oneOf(
      env,
      'TONGXIN_SQLITE_SYNCHRONOUS',
      ['OFF', 'NORMAL', 'FULL', 'EXTRA'] as const,
      'NORMAL',
      problems,
    ),
    sqliteMaxMb: optionalInt(env, 'TONGXIN_SQLITE_MAX_MB', 1, 16_000_000, problems),
    sqliteCheckpoint: oneOf(
      env,
      'TONGXIN_SQLITE_CHECKPOINT',
      ['background', 'inline'] as const,
      'background',
      problems,
    ),
    compactHeap: bool(env, 'TONGXIN_COMPACT_HEAP', true, problems),
    secret,
    seedDemo: nodeEnv !== 'production' && bool(env, 'TONGXIN_SEED_DEMO', true, problems),
    logLevel: oneOf(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const,
      nodeEnv === 'test' ? 'silent' : 'info',
      problems,
    ),
    trustProxy: bool(env, 'TONGXIN_TRUST_PROXY', false, problems),
    corsOrigins,
    sessionIdleMinutes: int(env, 'TONGXIN_SESSION_IDLE_MINUTES', 12 * 60, 5, 30 * 24 * 60, problems),
    sessionMaxDays: int(env, 'TONGXIN_SESSION_MAX_DAYS', 7, 1, 90, problems),
    cookieSecure: bool(env, 'TONGXIN_COOKIE_SECURE', nodeEnv === 'production', problems),
    jobPollMs: int(env, 'TONGXIN_JOB_POLL_MS', 1000, 10, 60_000, problems),
    runJobs: bool(env, 'TONGXIN_RUN_JOBS', true, problems),
    uploadMaxBytes: int(
      env,
      'TONGXIN_UPLOAD_MAX_BYTES',
      10 * 1024 * 1024,
      1024,
      1024 * 1024 * 1024,
      problems,
    ),
    publicUrl: publicUrl(env, 'TONGXIN_PUBLIC_URL', problems),
  }
  if (problems.length > 0) throw new ConfigError(problems)
  return config
}
