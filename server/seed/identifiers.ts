// Keeps generated ID numbers and phones unique — within a run and against persons already stored —
// by their keyed hash (the same hash the product stores), so nothing is compared in plaintext.
import type { Executor } from '../db/index.js'
import { identifierHash, type PiiKeys } from '../platform/pii.js'
import { mobileNumber, residentId } from './ids.js'
import type { Sex } from './names.js'
import type { Rng } from './random.js'

export interface Claimed {
  value: string
  hash: string
}

// A hash prefix is enough to tell values apart (a false match only costs another draw).
const KEY_LENGTH = 20

export class IdentifierRegistry {
  readonly keys: PiiKeys
  readonly #taken = new Set<string>()

  constructor(keys: PiiKeys) {
    this.keys = keys
  }

  /** A registry that also avoids every ID number and phone already stored. */
  static async load(db: Executor, keys: PiiKeys): Promise<IdentifierRegistry> {
    const registry = new IdentifierRegistry(keys)
    const rows = await db
      .selectFrom('persons')
      .select(['id_hash', 'phone_hash'])
      .where((eb) => eb.or([eb('id_hash', 'is not', null), eb('phone_hash', 'is not', null)]))
      .execute()
    for (const row of rows) {
      if (row.id_hash) registry.#taken.add(row.id_hash.slice(0, KEY_LENGTH))
      if (row.phone_hash) registry.#taken.add(row.phone_hash.slice(0, KEY_LENGTH))
    }
    return registry
  }

  /** What is taken, to hand to another thread (hash prefixes only). */
  takenKeys(): string[] {
    return [...this.#taken]
  }

  static fromTaken(keys: PiiKeys, taken: Iterable<string>): IdentifierRegistry {
    const registry = new IdentifierRegistry(keys)
    for (const key of taken) registry.#taken.add(key)
    return registry
  }

  get size(): number {
    return this.#taken.size
  }

  /** The value's hash if nobody has it yet (and now it is taken), otherwise undefined. */
  claim(value: string): string | undefined {
    const hash = identifierHash(this.keys, value)
    const key = hash.slice(0, KEY_LENGTH)
    if (this.#taken.has(key)) return undefined
    this.#taken.add(key)
    return hash
  }

  residentId(rng: Rng, region: string, birthDate: string, sex: Sex): Claimed {
    for (let attempt = 0; ; attempt++) {
      const value = residentId(rng, region, birthDate, sex)
      const hash = this.claim(value)
      if (hash) return { value, hash }
      // 500 sequence numbers per region, day and sex: a full day means something is very wrong.
      if (attempt > 2000) throw new Error(`no free resident ID for ${region} ${birthDate}`)
    }
  }

  mobile(rng: Rng): Claimed {
    for (;;) {
      const value = mobileNumber(rng)
      const hash = this.claim(value)
      if (hash) return { value, hash }
    }
  }
}
