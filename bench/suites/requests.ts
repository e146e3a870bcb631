// Residents' requests at district scale: filing through the API, a grid worker's inbox, and a
// community's monthly figures — each beside the baseline doing the same SQL bare. The figures are
// also measured on a data set a tenth the size (`flatAgainst`): kept daily rows make them flat in
// the number of items, where an aggregate over the items grows with them.
import { localDate } from '../../server/platform/time.js'
import { sampleRows, type Dataset } from '../lib/data.js'
import type { BenchCase, Suite } from './types.js'

function cycle<T>(items: T[]): () => T {
  let i = 0
  return () => {
    const item = items[i % items.length]
    i++
    if (item === undefined) throw new Error('no samples')
    return item
  }
}

/** The last full calendar month before today, as figures' from/to. */
function lastMonth(): { from: string; to: string } {
  const today = localDate(Date.now())
  const [y, m] = today.split('-').map(Number) as [number, number]
  const year = m === 1 ? y - 1 : y
  const month = m === 1 ? 12 : m - 1
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const mm = String(month).padStart(2, '0')
  return { from: `${String(year)}-${mm}-01`, to: `${String(year)}-${mm}-${String(days)}` }
}

export const requestsSuite: Suite = {
  name: 'requests',
  caseNames: ['requests.file', 'requests.inbox', 'requests.figures.month'],
  items: { full: 1_000_000, quick: 100_000 },
  cases: async (dataset: Dataset): Promise<BenchCase[]> => {
    const buildings = await sampleRows<{ id: string }>(
      dataset,
      "select id from org_nodes where parent_id = ? and kind = 'building' order by id",
      [dataset.grid.id],
    )
    const categories = await sampleRows<{ code: string }>(
      dataset,
      'select code from request_categories where parent_code is not null and active = 1 order by code',
    )
    const building = cycle(buildings.map((b) => b.id))
    const category = cycle(categories.map((c) => c.code))
    let n = 0
    const { from, to } = lastMonth()
    const enc = encodeURIComponent
    return [
      {
        name: 'requests.file',
        description: "a grid worker files a resident's request (auth, validation, routing, SLA, audit)",
        target: 1 / 3,
        tongxin: {
          user: 'bench_grid',
          method: 'POST',
          nextPath: () => '/api/v1/requests',
          body: () =>
            JSON.stringify({
              requestType: 'repair',
              categoryCode: category(),
              channel: 'patrol',
              description: `巡查发现楼道堆放杂物，影响消防通道（压测 ${String(++n)}）`,
              nodeId: building(),
              confirmNotDuplicate: true,
            }),
        },
        baseline: {
          method: 'POST',
          nextPath: () => '/insert',
          body: () => JSON.stringify({ description: `巡查发现楼道堆放杂物（压测 ${String(++n)}）` }),
        },
      },
      {
        name: 'requests.inbox',
        description: "a grid worker's inbox: open items of the grid, newest first, 20 rows",
        target: 0.5,
        tongxin: { user: 'bench_grid', nextPath: () => '/api/v1/requests?limit=20' },
        baseline: { nextPath: () => `/inbox?grid=${dataset.grid.id}` },
      },
      {
        name: 'requests.figures.month',
        description: `a community's figures for ${from.slice(0, 7)}: counts, rates, overdue, by grid and day`,
        target: 10,
        flatAgainst: 0.1,
        tongxin: {
          user: 'bench_secretary',
          nextPath: () => `/api/v1/figures?nodeId=${dataset.community.id}&from=${from}&to=${to}`,
        },
        baseline: {
          nextPath: () => `/figures?community=${enc(dataset.community.id)}&from=${from}&to=${to}`,
        },
      },
    ]
  },
}
