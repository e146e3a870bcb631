import type { Dataset } from '../lib/data.js'

export interface BenchCase {
  name: string
  description: string
  /** Minimum Tongxin ÷ baseline ratio the issue sets (undefined: reported only). */
  target?: number
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
  cases: (dataset: Dataset) => BenchCase[]
}
