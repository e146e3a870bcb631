// 红代办's API shapes. Money is whole fen (integers, > 0): a float, a negative amount or a string is
// refused by the schema before any code runs.
import { Type, type Static } from '@sinclair/typebox'
import {
  Day,
  EpochMs,
  Id,
  Literals,
  Nullable,
  PageQuery,
  Str,
  StrictObject,
  Version,
} from '../../platform/http/schemas.js'
import {
  ActBody,
  FileId,
  SatisfactionSchema,
  UrgencySchema,
  WorkItemSummary,
  WorkItemView,
} from '../requests/index.js'
import { MAX_ENTRY_FEN, moneyDirections } from './proxy.domain.js'

const ProxyCategoryCode = Str(64, { pattern: '^proxy\\.[a-z_]+$', description: 'proxy.purchase …' })

export const ProxyParams = StrictObject({ id: Id })
export const ProxyEntryParams = StrictObject({ id: Id, entryId: Id })
export const ProxyFileParams = StrictObject({ id: Id, fileId: FileId })
export const ProxyTokenParams = StrictObject({ token: Str(64, { pattern: '^[A-Za-z0-9_-]{16,64}$' }) })
export const ProxyTokenFileParams = StrictObject({
  token: Str(64, { pattern: '^[A-Za-z0-9_-]{16,64}$' }),
  fileId: FileId,
})

export const ProxyFileBody = StrictObject({
  /** The resident served: the errand is placed where they live. */
  personId: Id,
  categoryCode: ProxyCategoryCode,
  description: Str(2000, { minLength: 2 }),
  title: Type.Optional(Str(60, { minLength: 1 })),
  urgency: Type.Optional(UrgencySchema),
  channel: Type.Optional(
    Literals(['visit', 'walk_in', 'phone', 'party_member'] as const, 'How the resident asked; default visit'),
  ),
  /** A number to reach the resident at, when not the one in the registry (a child's, say). */
  phone: Type.Optional(Str(20)),
})
export type ProxyFileBody = Static<typeof ProxyFileBody>

/** A resident's request for help handed to the proxy team: its resident, text and urgency carry over. */
export const ProxyFromRequestBody = StrictObject({
  categoryCode: ProxyCategoryCode,
  title: Type.Optional(Str(60, { minLength: 1 })),
  description: Type.Optional(Str(2000, { minLength: 2 })),
})
export type ProxyFromRequestBody = Static<typeof ProxyFromRequestBody>

export const ProxyListQuery = StrictObject({
  ...PageQuery,
  /** unclaimed: waiting for a proxy; mine: claimed by or assigned to me; open; closed; all. */
  view: Type.Optional(Literals(['unclaimed', 'mine', 'open', 'closed', 'all'] as const)),
  /** Required unless view=mine: the community whose errands to list. */
  communityId: Type.Optional(Id),
})
export type ProxyListQuery = Static<typeof ProxyListQuery>

export const ProxyActBody = ActBody
export type ProxyActBody = Static<typeof ProxyActBody>

export const MoneyEntryBody = StrictObject({
  direction: Literals(moneyDirections, 'paid: paid on the resident’s behalf; received: taken from them'),
  amountFen: Type.Integer({ minimum: 1, maximum: MAX_ENTRY_FEN, description: 'Whole fen (分), > 0' }),
  /** The receipt's photo (an upload): required for money paid. */
  receiptFileId: Type.Optional(FileId),
  note: Type.Optional(Str(200, { minLength: 1 })),
  version: Version,
})
export type MoneyEntryBody = Static<typeof MoneyEntryBody>

export const ReversalBody = StrictObject({ note: Str(200, { minLength: 1 }), version: Version })
export type ReversalBody = Static<typeof ReversalBody>

export const MoneyEntryView = Type.Object(
  {
    id: Id,
    seq: Type.Integer(),
    direction: Literals(moneyDirections),
    directionZh: Type.String(),
    amountFen: Type.Integer(),
    reversesId: Nullable(Id),
    reversed: Type.Boolean(),
    receiptFileId: Nullable(Type.String()),
    note: Nullable(Type.String()),
    recordedBy: Type.String(),
    at: EpochMs,
  },
  { title: 'ProxyMoneyEntry' },
)
export type MoneyEntryView = Static<typeof MoneyEntryView>

export const MoneyView = Type.Object({
  entries: Type.Array(MoneyEntryView),
  paidFen: Type.Integer(),
  receivedFen: Type.Integer(),
  balanceFen: Type.Integer(),
  summaryZh: Type.String(),
  /** May the caller record an entry now (the errand's proxy or the team, while it is being done)? */
  canRecord: Type.Boolean(),
})

export const ResidentView = Type.Object({
  personId: Id,
  name: Type.String(),
  sex: Literals(['male', 'female'] as const),
  age: Nullable(Type.Integer()),
  /** Care tags (独居老人, 残疾人 …): never the restricted ones. */
  tags: Type.Array(Type.Object({ tag: Type.String(), nameZh: Type.String() })),
  /** Masked (138****5678). */
  phone: Nullable(Type.String()),
  address: Nullable(Type.String()),
})

export const ProxyView = Type.Object(
  {
    item: WorkItemView,
    /** The resident's request it was made from, if any. */
    source: Nullable(Type.Object({ id: Id, number: Type.String() })),
    resident: Nullable(ResidentView),
    money: MoneyView,
  },
  { title: 'ProxyErrand' },
)
export type ProxyView = Static<typeof ProxyView>

export const ProxySummary = Type.Object(
  { ...WorkItemSummary.properties, residentName: Nullable(Type.String()) },
  { title: 'ProxySummary' },
)
export type ProxySummary = Static<typeof ProxySummary>
export const ProxyPage = Type.Object({ items: Type.Array(ProxySummary), nextCursor: Nullable(Type.String()) })

export const ProxyCategoryList = Type.Object({
  items: Type.Array(Type.Object({ code: Type.String(), nameZh: Type.String(), nameEn: Type.String() })),
})

// --- The resident's page (no sign-in: the link from their text message) ----------------------

export const PublicProxyView = Type.Object(
  {
    number: Type.String(),
    title: Type.String(),
    categoryZh: Type.String(),
    state: Type.String(),
    stateZh: Type.String(),
    proxyName: Nullable(Type.String()),
    /** What the proxy wrote at hand-over. */
    handoverNote: Nullable(Type.String()),
    handedOverAt: Nullable(EpochMs),
    confirmedAt: Nullable(EpochMs),
    money: Type.Object({
      entries: Type.Array(
        Type.Object({
          direction: Literals(moneyDirections),
          directionZh: Type.String(),
          amountFen: Type.Integer(),
          reversal: Type.Boolean(),
          reversed: Type.Boolean(),
          note: Nullable(Type.String()),
          receiptFileId: Nullable(Type.String()),
          at: EpochMs,
        }),
      ),
      paidFen: Type.Integer(),
      receivedFen: Type.Integer(),
      balanceFen: Type.Integer(),
      summaryZh: Type.String(),
    }),
    canDecide: Type.Boolean(),
  },
  { title: 'PublicProxyErrand' },
)
export type PublicProxyView = Static<typeof PublicProxyView>

export const PublicProxyDecisionBody = StrictObject({
  decision: Literals(['confirm', 'dispute'] as const),
  /** Required for a dispute: what is wrong. */
  comment: Type.Optional(Str(500, { minLength: 1 })),
  satisfaction: Type.Optional(SatisfactionSchema),
})
export type PublicProxyDecisionBody = Static<typeof PublicProxyDecisionBody>

// --- Figures ----------------------------------------------------------------------------------

export const proxyCounts = ['filed', 'delivered', 'solved'] as const
export type ProxyCount = (typeof proxyCounts)[number]

export const ProxyFiguresQuery = StrictObject({ nodeId: Id, from: Day, to: Day })
export type ProxyFiguresQuery = Static<typeof ProxyFiguresQuery>

const CountRow = {
  filed: Type.Integer(),
  delivered: Type.Integer(),
  solved: Type.Integer(),
}
export const ProxyFiguresView = Type.Object(
  {
    nodeId: Id,
    nodeName: Type.String(),
    from: Type.String(),
    to: Type.String(),
    /** filed: asked in the period; delivered: confirmed by the resident in the period (person-times, 人次); solved: delivered and solved (困难解决). */
    totals: Type.Object({
      ...CountRow,
      residents: Type.Integer({ description: 'Distinct residents served (delivered)' }),
      paidFen: Type.Integer({ description: 'Money paid on residents’ behalf, delivered errands' }),
      open: Type.Integer({ description: 'Errands not yet confirmed, now' }),
    }),
    byCategory: Type.Array(
      Type.Object({ code: Type.String(), nameZh: Type.String(), nameEn: Type.String(), ...CountRow }),
    ),
    byProxy: Type.Array(
      Type.Object({ userId: Id, name: Type.String(), delivered: Type.Integer(), solved: Type.Integer() }),
    ),
  },
  { title: 'ProxyFigures' },
)
export type ProxyFiguresView = Static<typeof ProxyFiguresView>

export const ProxyStatementQuery = StrictObject({ communityId: Id, from: Day, to: Day })

export const ProxyRecordsQuery = StrictObject({
  nodeId: Id,
  from: Day,
  to: Day,
  count: Literals(proxyCounts),
  categoryCode: Type.Optional(ProxyCategoryCode),
  assigneeUserId: Type.Optional(Id),
  ...PageQuery,
})
export type ProxyRecordsQuery = Static<typeof ProxyRecordsQuery>
