// Shares (股份/份额) of a collective economic organisation, pure: a plan's total is held by members
// or, until granted (or after a buy-back), by the collective itself. Events are the only changes;
// an event that would take more than a holder has, or give to someone who may not hold, is refused.

export const shareEventKinds = ['grant', 'transfer', 'inheritance', 'buyback'] as const
export type ShareEventKind = (typeof shareEventKinds)[number]
export const shareEventNamesZh: Record<ShareEventKind, string> = {
  grant: '配股',
  transfer: '内部转让',
  inheritance: '继承',
  buyback: '集体回购',
}

export const memberBases = ['original', 'birth', 'marriage', 'adoption', 'policy', 'other'] as const
export type MemberBasis = (typeof memberBases)[number]
export const memberBasisNamesZh: Record<MemberBasis, string> = {
  original: '原始取得',
  birth: '出生',
  marriage: '婚入',
  adoption: '收养',
  policy: '政策迁入',
  other: '其他',
}

export interface ShareEvent {
  kind: ShareEventKind
  from: string | null
  to: string | null
  shares: number
}

export interface Holdings {
  total: number
  /** Held by the collective: not yet granted, or bought back. */
  collective: number
  byMember: Map<string, number>
}

export function emptyHoldings(total: number): Holdings {
  return { total, collective: total, byMember: new Map() }
}

export interface MemberStanding {
  /** An active member may receive shares. */
  active: boolean
  /** A deceased member's shares pass by inheritance. */
  deceased: boolean
}

/**
 * Applies an event to the holdings, or says in Chinese why it cannot be (nothing changes then).
 * `member` tells who is a member of the organisation and in what standing.
 */
export function applyShareEvent(
  h: Holdings,
  e: ShareEvent,
  member: (id: string) => MemberStanding | undefined,
): { ok: true; holdings: Holdings } | { ok: false; problem: string } {
  if (!Number.isSafeInteger(e.shares) || e.shares <= 0) return { ok: false, problem: '股数须为大于零的整数' }
  const byMember = new Map(h.byMember)
  let collective = h.collective
  const take = (id: string): string | null => {
    const has = byMember.get(id) ?? 0
    if (has < e.shares) return `转出方只持有 ${String(has)} 股，不足 ${String(e.shares)} 股`
    byMember.set(id, has - e.shares)
    return null
  }
  const give = (id: string): string | null => {
    const m = member(id)
    if (!m) return '受让人不是本集体经济组织成员'
    if (!m.active) return '受让人已不是本集体经济组织的在册成员'
    byMember.set(id, (byMember.get(id) ?? 0) + e.shares)
    return null
  }
  switch (e.kind) {
    case 'grant': {
      if (e.to === null) return { ok: false, problem: '请选择配股的成员' }
      if (collective < e.shares)
        return { ok: false, problem: `集体未配置的股份只剩 ${String(collective)} 股` }
      const p = give(e.to)
      if (p) return { ok: false, problem: p }
      collective -= e.shares
      break
    }
    case 'transfer':
    case 'inheritance': {
      if (e.from === null || e.to === null || e.from === e.to)
        return { ok: false, problem: '请选择不同的转出方和受让人' }
      const from = member(e.from)
      if (!from) return { ok: false, problem: '转出方不是本集体经济组织成员' }
      if (e.kind === 'inheritance' && !from.deceased)
        return { ok: false, problem: '继承只适用于已故成员的股份' }
      if (e.kind === 'transfer' && !from.active)
        return { ok: false, problem: '转出方已不是在册成员，其股份应按继承或回购处理' }
      const p = take(e.from) ?? give(e.to)
      if (p) return { ok: false, problem: p }
      break
    }
    case 'buyback': {
      if (e.from === null) return { ok: false, problem: '请选择回购的成员' }
      if (!member(e.from)) return { ok: false, problem: '转出方不是本集体经济组织成员' }
      const p = take(e.from)
      if (p) return { ok: false, problem: p }
      collective += e.shares
      break
    }
  }
  return { ok: true, holdings: { total: h.total, collective, byMember } }
}

/** Members' holdings and the collective's add up to the plan's total, and none is negative. */
export function holdingsAddUp(h: Holdings): boolean {
  let sum = h.collective
  for (const v of h.byMember.values()) {
    if (v < 0) return false
    sum += v
  }
  return h.collective >= 0 && sum === h.total
}
