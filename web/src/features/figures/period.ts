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

/**
 * A figures page's period as the address bar names it: a preset (`?period=month`), or a range of
 * days (`?from=2026-01-01&to=2026-03-31`) chosen over it. The figures pages link to one another with
 * it, so a number opens the list behind it for the same period.
 */
export interface PeriodChoice {
  preset: Preset
  /** A range of days chosen instead of the preset; the preset stays for when it is cleared. */
  custom: { from: string; to: string } | null
}

const periodKeys = ['period', 'from', 'to'] as const

/** The period in the address bar, among a page's presets; this year when it names none. */
export function periodFromParams(
  params: URLSearchParams,
  presets: readonly Preset[],
  fallback: Preset = 'year',
): PeriodChoice {
  const preset = presets.find((p) => p === params.get('period')) ?? fallback
  const [from, to] = [dayParam(params.get('from')), dayParam(params.get('to'))]
  return { preset, custom: from && to && from <= to ? { from, to } : null }
}

/** Copies `params` with the period replaced by `choice` (other parameters kept). */
export function withPeriod(params: URLSearchParams, choice: PeriodChoice): URLSearchParams {
  const next = new URLSearchParams(params)
  for (const key of periodKeys) next.delete(key)
  next.set('period', choice.preset)
  if (choice.custom) {
    next.set('from', choice.custom.from)
    next.set('to', choice.custom.to)
  }
  return next
}

/** The address of a figures page for a node and a period, with more parameters (a count to open). */
export function figuresHref(
  path: string,
  nodeId: string,
  choice: PeriodChoice,
  more: Record<string, string> = {},
): string {
  const params = withPeriod(new URLSearchParams({ node: nodeId }), choice)
  for (const [key, value] of Object.entries(more)) params.set(key, value)
  return `${path}?${params.toString()}`
}
