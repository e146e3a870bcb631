// Personal identifiers (ID numbers, phones) are stored so that they can be encrypted at rest:
//   - equality by a keyed hash (HMAC-SHA256), so "find the person with this ID" needs no plaintext;
//   - tail search by a stored tail (the last 4 characters), so "phone ending 1234" is an index hit;
//   - the value itself sealed with AES-256-GCM, opened only for a role that may unmask (audited).
// Keys are derived from the installation secret; losing the secret loses the sealed values.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto'

export interface PiiKeys {
  hashKey: Buffer
  sealKey: Buffer
}

export function derivePiiKeys(secret: string): PiiKeys {
  const ikm = Buffer.from(secret, 'utf8')
  const salt = Buffer.from('tongxin-pii-v1', 'utf8')
  return {
    hashKey: Buffer.from(hkdfSync('sha256', ikm, salt, 'hash', 32)),
    sealKey: Buffer.from(hkdfSync('sha256', ikm, salt, 'seal', 32)),
  }
}

/** Canonical form before hashing: no spaces, upper case (so a trailing 'x' in an ID matches 'X'). */
export function canonicalIdentifier(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase()
}

export function identifierHash(keys: PiiKeys, value: string): string {
  return createHmac('sha256', keys.hashKey).update(canonicalIdentifier(value)).digest('hex')
}

export function identifierTail(value: string, length = 4): string {
  return canonicalIdentifier(value).slice(-length)
}

export function seal(keys: PiiKeys, plaintext: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keys.sealKey, iv)
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return `v1.${iv.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}.${body.toString('base64url')}`
}

export function unseal(keys: PiiKeys, sealed: string): string {
  const [version, iv, tag, body] = sealed.split('.')
  if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('not a sealed value')
  const decipher = createDecipheriv('aes-256-gcm', keys.sealKey, Buffer.from(iv, 'base64url'))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
}

/** 320802199001011234 → 3208**********1234: the region prefix and the tail stay readable. */
export function maskIdNumber(value: string): string {
  const v = canonicalIdentifier(value)
  if (v.length <= 8) return '*'.repeat(v.length)
  return `${v.slice(0, 4)}${'*'.repeat(v.length - 8)}${v.slice(-4)}`
}

/** 13812341234 → 138****1234 */
export function maskPhone(value: string): string {
  const v = value.replace(/[\s-]/g, '')
  if (v.length < 7) return '*'.repeat(v.length)
  return `${v.slice(0, 3)}${'*'.repeat(v.length - 7)}${v.slice(-4)}`
}
