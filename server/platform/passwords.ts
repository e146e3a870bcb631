// Passwords are hashed with scrypt (memory-hard, in Node's standard library). The parameters are
// stored with each hash, so they can be raised later and old hashes still verify.
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto'

function scrypt(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCb(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key)))
  })
}

const defaults = { N: 2 ** 15, r: 8, p: 1 }
const KEYLEN = 32

export async function hashPassword(password: string, params = defaults): Promise<string> {
  const salt = randomBytes(16)
  const key = await scrypt(password.normalize('NFKC'), salt, KEYLEN, {
    ...params,
    maxmem: 256 * params.N * params.r,
  })
  return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString('base64url')}$${key.toString('base64url')}`
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$')
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false
  const params = { N: Number(n), r: Number(r), p: Number(p) }
  const expected = Buffer.from(key, 'base64url')
  const actual = await scrypt(password.normalize('NFKC'), Buffer.from(salt, 'base64url'), expected.length, {
    ...params,
    maxmem: 256 * params.N * params.r,
  })
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/** A hash that never matches, verified against when the user does not exist, so timing does not tell. */
let dummyHash: Promise<string> | undefined
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'))
  return dummyHash
}

export interface PasswordProblem {
  reason: string
  reasonZh: string
}

/** At least 8 characters, not all digits, not the user name. */
export function checkPasswordStrength(password: string, username: string): PasswordProblem | undefined {
  if (password.length < 8)
    return { reason: 'password must be at least 8 characters', reasonZh: '密码至少 8 位' }
  if (/^\d+$/.test(password))
    return { reason: 'password must not be only digits', reasonZh: '密码不能全是数字' }
  if (password.toLowerCase().includes(username.toLowerCase()))
    return { reason: 'password must not contain the user name', reasonZh: '密码不能包含用户名' }
  return undefined
}
