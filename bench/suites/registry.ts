// Registry reads at district scale: search by name, pinyin, phone tail and ID tail, and a grid's
// household list — each against the baseline running the same indexed query.
import { sampleRows, type Dataset } from '../lib/data.js'
import type { BenchCase, Suite } from './types.js'

interface Sample {
  name: string
  name_pinyin: string
  phone_tail: string | null
  id_tail: string | null
}

function cycle<T>(items: T[]): () => T {
  let i = 0
  return () => {
    const item = items[i % items.length]
    i++
    if (item === undefined) throw new Error('no samples')
    return item
  }
}

export const registrySuite: Suite = {
  name: 'registry',
  caseNames: [
    'registry.search.name',
    'registry.search.pinyin',
    'registry.search.phone_tail',
    'registry.search.id_tail',
    'registry.households.grid',
  ],
  cases: async (dataset: Dataset): Promise<BenchCase[]> => {
    const range = [dataset.community.path, `${dataset.community.path.slice(0, -1)}0`]
    const samples = await sampleRows<Sample>(
      dataset,
      'select name, name_pinyin, phone_tail, id_tail from persons where path >= ? and path < ? order by random() limit 500',
      range,
    )
    const nodes = await sampleRows<{ id: string; path: string }>(
      dataset,
      "select id, path from org_nodes where parent_id = ? and kind = 'grid' order by code",
      [dataset.community.id],
    )
    const enc = encodeURIComponent
    const community = `${enc(dataset.community.path)}&community=${dataset.community.id}`
    const names = cycle(samples.map((s) => s.name.slice(0, 1)))
    const pinyins = cycle(
      samples.filter((s) => s.name_pinyin.length >= 5).map((s) => s.name_pinyin.slice(0, 5)),
    )
    const phones = cycle(samples.flatMap((s) => (s.phone_tail ? [s.phone_tail] : [])))
    const ids = cycle(
      samples.flatMap((s) => (s.id_tail && /^\d{3}[\dX]$/.test(s.id_tail) ? [s.id_tail] : [])),
    )
    const grids = cycle(nodes)
    const pair = (q: () => string) => {
      let last = ''
      return {
        tongxin: () => {
          last = q()
          return last
        },
        again: () => last || q(),
      }
    }
    const cases: BenchCase[] = []
    const search = (
      name: string,
      description: string,
      source: () => string,
      baselinePath: (q: string) => string,
    ) => {
      const p = pair(source)
      cases.push({
        name,
        description,
        target: 0.5,
        tongxin: {
          user: 'bench_secretary',
          nextPath: () => `/api/v1/persons/search?q=${enc(p.tongxin())}&limit=20`,
        },
        baseline: { nextPath: () => baselinePath(enc(source())) },
      })
    }
    search(
      'registry.search.name',
      'search by the first character of a name, in a community',
      names,
      (q) => `/prefix/name?q=${q}&path=${community}`,
    )
    search(
      'registry.search.pinyin',
      'search by a 5-letter pinyin prefix (zhang…)',
      pinyins,
      (q) => `/prefix/name_pinyin?q=${q}&path=${community}`,
    )
    search(
      'registry.search.phone_tail',
      'search by the last 4 digits of a phone',
      phones,
      (q) => `/tail?q=${q}&path=${community}`,
    )
    search(
      'registry.search.id_tail',
      'search by the last 4 characters of an ID number',
      ids,
      (q) => `/tail?q=${q}&path=${community}`,
    )
    cases.push({
      name: 'registry.households.grid',
      description: "a grid's household list, first page of 20",
      target: 0.5,
      tongxin: {
        user: 'bench_secretary',
        nextPath: () => `/api/v1/org/nodes/${grids().id}/households?limit=20`,
      },
      baseline: {
        nextPath: () => `/households?path=${enc(grids().path)}&community=${dataset.community.id}`,
      },
    })
    return cases
  },
}
