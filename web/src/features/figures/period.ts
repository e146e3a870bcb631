// Reporting periods as people in the community name them, in Shanghai days, up to today.

export type Preset = 'today' | 'month' | 'quarter' | 'year'

export function shanghaiToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
}

/** The period a preset means, in Shanghai days, up to today. */
export function periodOf(preset: Preset): { from: string; to: string } {
  const to = shanghaiToday()
  const [y, m] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))]
  if (preset === 'today') return { from: to, to }
  if (preset === 'year') return { from: `${String(y)}-01-01`, to }
  if (preset === 'quarter') {
    const q = Math.floor((m - 1) / 3) * 3 + 1
    return { from: `${String(y)}-${String(q).padStart(2, '0')}-01`, to }
  }
  return { from: `${to.slice(0, 7)}-01`, to }
}

const day = /^\d{4}-\d{2}-\d{2}$/

/** A YYYY-MM-DD from the address bar, or undefined when it is something else. */
export function dayParam(value: string | null): string | undefined {
  return value !== null && day.test(value) ? value : undefined
}
