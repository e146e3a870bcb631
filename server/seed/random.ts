// A small seeded PRNG (mulberry32) and the draws the generator needs. The same seed gives the same
// community, so benchmarks compare like with like and a failing invariant can be replayed.

/** Mixes a number or text into a 32-bit seed (FNV-1a over the text form, then a final avalanche). */
export function hashSeed(...parts: (string | number)[]): number {
  let h = 0x811c9dc5
  for (const part of parts) {
    const text = `${String(part)}\u0000`
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i)
      h = Math.imul(h, 0x01000193)
    }
  }
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

export class Rng {
  #state: number

  constructor(seed: number) {
    this.#state = seed >>> 0
  }

  /** A generator of its own for a labelled part, independent of how much this one has drawn. */
  fork(...label: (string | number)[]): Rng {
    return new Rng(hashSeed(this.#state, ...label))
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0
    let t = this.#state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from nothing')
    return items[Math.floor(this.next() * items.length)] as T
  }

  /** Normal draw (Box–Muller). */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next()
    const v = this.next()
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  }

  /** Fisher–Yates, in place; returns the same array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      const a = items[i] as T
      items[i] = items[j] as T
      items[j] = a
    }
    return items
  }

  /** `count` distinct items (fewer if there are fewer). */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle([...items]).slice(0, Math.max(0, count))
  }
}

/** Draws from weighted choices by binary search over cumulative weights (built once, drawn often). */
export class Weighted<T> {
  readonly #items: T[]
  readonly #cumulative: number[]
  readonly #total: number

  constructor(entries: readonly (readonly [T, number])[]) {
    this.#items = []
    this.#cumulative = []
    let total = 0
    for (const [item, weight] of entries) {
      if (weight <= 0) continue
      total += weight
      this.#items.push(item)
      this.#cumulative.push(total)
    }
    if (total <= 0) throw new RangeError('weighted choice with no weight')
    this.#total = total
  }

  draw(rng: Rng): T {
    const x = rng.next() * this.#total
    let lo = 0
    let hi = this.#cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((this.#cumulative[mid] as number) > x) hi = mid
      else lo = mid + 1
    }
    return this.#items[lo] as T
  }
}
