import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  applyShareEvent,
  emptyHoldings,
  holdingsAddUp,
  shareEventKinds,
  type MemberStanding,
} from './shares.domain.js'

const standing: Record<string, MemberStanding> = {
  a: { active: true, deceased: false },
  b: { active: true, deceased: false },
  c: { active: true, deceased: false },
  dead: { active: false, deceased: true },
}
const member = (id: string) => standing[id]

describe('share events', () => {
  it('grant from the collective, transfer inside the organisation, inherit from the deceased, buy back', () => {
    const people: Record<string, MemberStanding> = {
      a: { active: true, deceased: false },
      b: { active: true, deceased: false },
      c: { active: true, deceased: false },
      d: { active: true, deceased: false },
    }
    let h = emptyHoldings(100)
    const step = (
      kind: (typeof shareEventKinds)[number],
      from: string | null,
      to: string | null,
      shares: number,
    ) => {
      const r = applyShareEvent(h, { kind, from, to, shares }, (id) => people[id])
      if (!r.ok) throw new Error(r.problem)
      h = r.holdings
    }
    step('grant', null, 'a', 40)
    step('grant', null, 'b', 30)
    step('grant', null, 'd', 10)
    people.d = { active: false, deceased: true }
    step('inheritance', 'd', 'c', 10)
    step('transfer', 'a', 'b', 5)
    step('buyback', 'b', null, 5)
    expect(h.collective).toBe(25)
    expect(Object.fromEntries(h.byMember)).toEqual({ a: 35, b: 30, c: 10, d: 0 })
    expect(holdingsAddUp(h)).toBe(true)
  })

  it('refuses what would break the plan, and says why', () => {
    const h = applyShareEvent(emptyHoldings(100), { kind: 'grant', from: null, to: 'a', shares: 60 }, member)
    if (!h.ok) throw new Error(h.problem)
    const fail = (e: Parameters<typeof applyShareEvent>[1]) => {
      const r = applyShareEvent(h.holdings, e, member)
      return r.ok ? null : r.problem
    }
    expect(fail({ kind: 'grant', from: null, to: 'b', shares: 41 })).toBe('集体未配置的股份只剩 40 股')
    expect(fail({ kind: 'transfer', from: 'a', to: 'outsider', shares: 1 })).toBe(
      '受让人不是本集体经济组织成员',
    )
    expect(fail({ kind: 'transfer', from: 'a', to: 'b', shares: 61 })).toContain('只持有 60 股')
    expect(fail({ kind: 'inheritance', from: 'a', to: 'b', shares: 1 })).toBe('继承只适用于已故成员的股份')
    expect(fail({ kind: 'grant', from: null, to: 'dead', shares: 1 })).toContain('在册成员')
    expect(fail({ kind: 'transfer', from: 'a', to: 'b', shares: 1.5 })).toBe('股数须为大于零的整数')
  })

  it('keeps members’ and the collective’s shares adding up to the plan under any sequence of events', () => {
    const ids = ['a', 'b', 'c', 'dead', 'outsider']
    const event = fc.record({
      kind: fc.constantFrom(...shareEventKinds),
      from: fc.option(fc.constantFrom(...ids), { nil: null }),
      to: fc.option(fc.constantFrom(...ids), { nil: null }),
      shares: fc.integer({ min: 1, max: 60 }),
    })
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.array(event, { maxLength: 40 }), (total, events) => {
        let h = emptyHoldings(total)
        // The deceased got shares while alive.
        standing.dead = { active: true, deceased: false }
        const first = applyShareEvent(h, { kind: 'grant', from: null, to: 'dead', shares: 1 }, member)
        if (first.ok) h = first.holdings
        standing.dead = { active: false, deceased: true }
        for (const e of events) {
          const r = applyShareEvent(h, e, member)
          if (r.ok) h = r.holdings
          expect(holdingsAddUp(h)).toBe(true)
        }
      }),
    )
  })
})
