import type { Dataset } from '../lib/data.js'

export interface BenchCase {
  name: string
  description: string
  /** Minimum Tongxin ÷ baseline ratio the issue sets (undefined: reported only). */
  target?: number
  /**
   * Also measure Tongxin on a data set with this fraction of the items and report the ratio
   * (large ÷ small req/s) as `<name>.flat`, whose target is 1/1.5: flat in data size.
   */
  flatAgainst?: number
  tongxin: {
    nextPath: () => string
    user: 'bench_secretary' | 'bench_grid'
    method?: 'GET' | 'POST'
    body?: () => string
  }
  baseline: { nextPath: () => string; method?: 'GET' | 'POST'; body?: () => string }
}

export interface Suite {
  name: string
  /** Residents' requests the suite's data set carries (none: the persons-only data set). */
  items?: { full: number; quick: number }
  /** The names `cases` gives, known before any data is built (a filter skips a suite's data set). */
  caseNames: readonly string[]
  cases: (dataset: Dataset) => Promise<BenchCase[]>
}
