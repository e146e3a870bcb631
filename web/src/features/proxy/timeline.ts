// What an errand's own steps recorded, in words, for the shared timeline: the money entries, the
// sums at hand-over and confirmation, and how the resident confirmed.
import type { TFunction } from 'i18next'
import type { TimelineStep } from '../requests/types'
import { describeTotals, formatFen, type MoneyTotals } from './money'

const isDirection = (v: unknown): v is 'paid' | 'received' => v === 'paid' || v === 'received'

function totalsOf(value: unknown): MoneyTotals | null {
  if (typeof value !== 'object' || value === null) return null
  const { paidFen, receivedFen, balanceFen } = value as Record<string, unknown>
  if (typeof paidFen !== 'number' || typeof receivedFen !== 'number' || typeof balanceFen !== 'number')
    return null
  return { paidFen, receivedFen, balanceFen }
}

export function describeProxyStep(t: TFunction, step: TimelineStep): string[] {
  const d = step.data
  const out: string[] = []
  if ((step.action === 'money' || step.action === 'money_reversal') && isDirection(d.direction)) {
    const amount = typeof d.amountFen === 'number' ? formatFen(d.amountFen) : ''
    const direction = t(`proxy.money.directions.${d.direction}`)
    if (step.action === 'money' && typeof d.seq === 'number')
      out.push(t('proxy.timeline.money', { seq: d.seq, direction, amount }))
    if (step.action === 'money_reversal' && typeof d.reverses === 'number')
      out.push(t('proxy.timeline.reversal', { seq: d.reverses, direction, amount }))
  }
  const totals = totalsOf(d.money)
  if (totals) {
    const words = describeTotals(t, totals)
    if (words !== '') out.push(t('proxy.timeline.totals', { words }))
  }
  if (step.action === 'confirm' && d.by === 'in_person') out.push(t('proxy.timeline.inPerson'))
  return out
}
