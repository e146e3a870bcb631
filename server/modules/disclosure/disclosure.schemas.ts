// 财务公开: API shapes. A published table's content is returned exactly as frozen, with its hash and
// whether the stored text still hashes to it.
import { Type, type Static } from '@sinclair/typebox'
import {
  Day,
  EpochMs,
  Id,
  Literals,
  Nullable,
  Str,
  StrictObject,
  Version,
} from '../../platform/http/schemas.js'

const Kind = Literals(['month', 'quarter'] as const)
const Year = Type.Integer({ minimum: 2000, maximum: 2100 })
const PeriodNo = Type.Integer({ minimum: 1, maximum: 12, description: 'The month (1–12) or quarter (1–4)' })
const Username = Str(64, { minLength: 1 })

export const VillageParams = StrictObject({ villageId: Id })
export const DisclosureParams = StrictObject({ villageId: Id, id: Id })
export const MemberAccountParams = StrictObject({ villageId: Id, id: Id })

export const PreviewQuery = StrictObject({ kind: Kind, year: Year, no: PeriodNo })
export const PublishBody = StrictObject({
  kind: Kind,
  year: Year,
  no: PeriodNo,
  /** The published table of the same period this one corrects. */
  replacesId: Type.Optional(Id),
  reason: Type.Optional(Str(500, { minLength: 2 })),
})
export type PublishBody = Static<typeof PublishBody>

const AccountRow = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: Type.Integer(),
  /** Moved in the table's months (income as credits, expenses as debits). */
  periodFen: Type.Integer(),
  /** From the start of the year to the table's last month. */
  yearFen: Type.Integer(),
})
const AccountSection = Type.Object({
  rows: Type.Array(AccountRow),
  totalPeriodFen: Type.Integer(),
  totalYearFen: Type.Integer(),
})

export const DisclosureContent = Type.Object(
  {
    village: Type.Object({ id: Id, name: Type.String(), collectiveName: Nullable(Type.String()) }),
    periodKind: Kind,
    year: Type.Integer(),
    periodNo: Type.Integer(),
    label: Type.String(),
    firstPeriod: Type.String(),
    lastPeriod: Type.String(),
    income: AccountSection,
    expenses: AccountSection,
    netPeriodFen: Type.Integer(),
    netYearFen: Type.Integer(),
    balanceSheet: Type.Object({
      rows: Type.Array(
        Type.Object({
          rowNo: Type.Integer(),
          caption: Type.String(),
          style: Type.String(),
          startFen: Type.Integer(),
          endFen: Type.Integer(),
        }),
      ),
      balanced: Type.Boolean(),
    }),
    distributions: Type.Array(
      Type.Object({
        year: Type.Integer(),
        state: Type.String(),
        stateZh: Type.String(),
        distributableFen: Type.Integer(),
        providentFen: Type.Integer(),
        memberFen: Type.Integer(),
        retainedFen: Type.Integer(),
        decision: Nullable(Type.Object({ title: Type.String(), heldOn: Type.String() })),
        payouts: Type.Array(
          Type.Object({ name: Type.String(), shares: Type.Integer(), amountFen: Type.Integer() }),
        ),
      }),
    ),
    estate: Nullable(
      Type.Object({
        land: Type.Array(
          Type.Object({
            use: Type.String(),
            status: Type.String(),
            parcels: Type.Integer(),
            areaMu: Type.String(),
          }),
        ),
        assets: Type.Array(
          Type.Object({ kind: Type.String(), cards: Type.Integer(), originalValueFen: Type.Integer() }),
        ),
        contracts: Type.Array(
          Type.Object({
            number: Type.String(),
            counterparty: Type.String(),
            subject: Type.String(),
            startsOn: Type.String(),
            endsOn: Type.String(),
            totalFen: Type.Integer(),
            dueInPeriodFen: Type.Integer(),
            receivedInPeriodFen: Type.Integer(),
            overdueFen: Type.Integer(),
          }),
        ),
      }),
    ),
  },
  { title: 'DisclosureContent' },
)
export type DisclosureContent = Static<typeof DisclosureContent>

const Summary = {
  id: Id,
  villageId: Id,
  kind: Kind,
  year: Type.Integer(),
  no: Type.Integer(),
  label: Type.String(),
  firstPeriod: Type.String(),
  lastPeriod: Type.String(),
  contentHash: Type.String({ description: 'SHA-256 of the canonical JSON of the content, hex' }),
  publishedAt: EpochMs,
  publishedBy: Type.String(),
  replacesId: Nullable(Id),
  correctionReason: Nullable(Type.String()),
  /** The correction that replaced this table, if any (then it is no longer current). */
  replacedById: Nullable(Id),
}
export const DisclosureSummary = Type.Object(Summary, { title: 'DisclosureSummary' })
export const DisclosureList = Type.Object({
  villageName: Type.String(),
  canPublish: Type.Boolean(),
  items: Type.Array(DisclosureSummary),
})
export const DisclosureView = Type.Object(
  {
    ...Summary,
    content: DisclosureContent,
    /** The stored text still hashes to contentHash. */
    intact: Type.Boolean(),
  },
  { title: 'Disclosure' },
)
export const DisclosurePreview = Type.Object({
  content: DisclosureContent,
  /** Why it cannot be published yet (months not closed …); empty when it can. */
  problems: Type.Array(Type.String()),
  /** The current published table of the same period, which a new one would correct. */
  current: Nullable(Type.Object({ id: Id, contentHash: Type.String() })),
})

export const MembershipList = Type.Object({
  items: Type.Array(
    Type.Object({
      memberId: Id,
      villageId: Id,
      villageName: Type.String(),
      collectiveName: Nullable(Type.String()),
      name: Type.String(),
      sinceOn: Day,
      shares: Type.Integer(),
      totalShares: Type.Integer(),
    }),
  ),
})

export const MemberAccountBody = StrictObject({ username: Username, version: Version })
export type MemberAccountBody = Static<typeof MemberAccountBody>
export const MemberAccountView = Type.Object({
  memberId: Id,
  username: Nullable(Type.String()),
  version: Type.Integer(),
})
