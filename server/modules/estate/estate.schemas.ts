// The village's land, assets and contracts: API shapes. Money is whole fen; areas are decimal
// strings of mu with at most two places (never floats).
import { Type, type Static } from '@sinclair/typebox'
import { Day, Id, Literals, Nullable, Str, StrictObject, Version } from '../../platform/http/schemas.js'
import {
  assetKinds,
  assetStatuses,
  contractKinds,
  frequencies,
  landStatuses,
  landUses,
} from './estate.domain.js'

const MAX_FEN = 100_000_000_000
const Amount = Type.Integer({ minimum: 1, maximum: MAX_FEN, description: 'Whole fen (分), > 0' })
const Fen0 = Type.Integer({ minimum: 0, maximum: MAX_FEN, description: 'Whole fen (分), ≥ 0' })
const Mu = Str(13, { pattern: '^\\d{1,9}(\\.\\d{1,2})?$', description: '亩, up to two decimals: "12.35"' })
const AccountCode = Str(12, { pattern: '^\\d{3,12}$', description: '151, 15101 …' })
const Period = Str(7, { pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' })

export const EstateParams = StrictObject({ villageId: Id })
export const EstateItemParams = StrictObject({ villageId: Id, id: Id })

// --- Land ----------------------------------------------------------------------------------------

export const ParcelBody = StrictObject({
  number: Str(30, { minLength: 1 }),
  name: Str(60, { minLength: 1 }),
  place: Str(120, { minLength: 1 }),
  areaMu: Mu,
  use: Literals(landUses),
})
export type ParcelBody = Static<typeof ParcelBody>

export const ParcelStatusBody = StrictObject({
  to: Literals(landStatuses),
  changedOn: Day,
  reason: Str(500, { minLength: 2 }),
  decisionRef: Type.Optional(Str(120)),
  /** 承包: the collective member or registry household who holds the parcel. */
  holderMemberId: Type.Optional(Id),
  holderHouseholdId: Type.Optional(Id),
  /** 出租: the contract it is let under. */
  contractId: Type.Optional(Id),
  /** 征收: what was received and how it was passed on (members + kept = compensation). */
  compensationFen: Type.Optional(Fen0),
  passedNote: Type.Optional(Str(500)),
  passedToMembersFen: Type.Optional(Fen0),
  keptFen: Type.Optional(Fen0),
  version: Version,
})
export type ParcelStatusBody = Static<typeof ParcelStatusBody>

const StatusChange = Type.Object({
  from: Nullable(Type.String()),
  fromZh: Nullable(Type.String()),
  to: Type.String(),
  toZh: Type.String(),
  changedOn: Type.String(),
  reason: Type.String(),
  decisionRef: Nullable(Type.String()),
  by: Type.String(),
  at: Type.Integer(),
})

export const ParcelView = Type.Object(
  {
    id: Id,
    number: Type.String(),
    name: Type.String(),
    place: Type.String(),
    areaMu: Type.String(),
    use: Literals(landUses),
    useZh: Type.String(),
    status: Literals(landStatuses),
    statusZh: Type.String(),
    holder: Nullable(Type.String()),
    contract: Nullable(Type.Object({ id: Id, number: Type.String() })),
    expropriation: Nullable(
      Type.Object({
        on: Type.String(),
        compensationFen: Type.Integer(),
        passedNote: Type.String(),
        passedToMembersFen: Type.Integer(),
        keptFen: Type.Integer(),
      }),
    ),
    history: Type.Array(StatusChange),
    version: Type.Integer(),
  },
  { title: 'LandParcel' },
)
export const LandTotals = Type.Array(
  Type.Object({
    use: Literals(landUses),
    useZh: Type.String(),
    status: Literals(landStatuses),
    statusZh: Type.String(),
    parcels: Type.Integer(),
    areaMu: Type.String(),
  }),
)
export const ParcelList = Type.Object({
  items: Type.Array(ParcelView),
  totals: LandTotals,
  totalAreaMu: Type.String(),
  canWrite: Type.Boolean(),
})

// --- Assets --------------------------------------------------------------------------------------

export const AssetBody = StrictObject({
  number: Str(30, { minLength: 1 }),
  name: Str(60, { minLength: 1 }),
  kind: Literals(assetKinds),
  location: Str(120, { minLength: 1 }),
  acquiredOn: Day,
  originalValueFen: Fen0,
  accountCode: AccountCode,
  status: Type.Optional(Literals(['in_use', 'idle'] as const)),
})
export type AssetBody = Static<typeof AssetBody>

export const AssetStatusBody = StrictObject({
  to: Literals(assetStatuses),
  changedOn: Day,
  reason: Str(500, { minLength: 2 }),
  version: Version,
})
export type AssetStatusBody = Static<typeof AssetStatusBody>

export const AssetView = Type.Object(
  {
    id: Id,
    number: Type.String(),
    name: Type.String(),
    kind: Literals(assetKinds),
    kindZh: Type.String(),
    location: Type.String(),
    acquiredOn: Type.String(),
    originalValueFen: Type.Integer(),
    accountCode: Type.String(),
    status: Literals(assetStatuses),
    statusZh: Type.String(),
    history: Type.Array(StatusChange),
    version: Type.Integer(),
  },
  { title: 'AssetCard' },
)
export const AssetList = Type.Object({ items: Type.Array(AssetView), canWrite: Type.Boolean() })

export const ReconciliationQuery = StrictObject({ period: Period })
export const ReconciliationView = Type.Object(
  {
    period: Type.String(),
    rows: Type.Array(
      Type.Object({
        accountCode: Type.String(),
        accountName: Type.String(),
        cards: Type.Integer(),
        cardsFen: Type.Integer(),
        booksFen: Type.Integer(),
        differenceFen: Type.Integer(),
      }),
    ),
    matches: Type.Boolean(),
  },
  { title: 'AssetReconciliation' },
)

// --- Contracts -----------------------------------------------------------------------------------

const InstalmentBody = StrictObject({ dueOn: Day, amountFen: Amount })

export const ContractBody = StrictObject({
  number: Str(40, { minLength: 1 }),
  kind: Literals(contractKinds),
  counterpartyName: Str(60, { minLength: 1 }),
  counterpartyType: Literals(['individual', 'company'] as const),
  counterpartyPhone: Type.Optional(Str(20, { pattern: '^[0-9+\\- ]{5,20}$' })),
  assetCardIds: Type.Array(Id, { maxItems: 50 }),
  parcelIds: Type.Array(Id, { maxItems: 50 }),
  startsOn: Day,
  endsOn: Day,
  annualRentFen: Amount,
  frequency: Literals(frequencies),
  /** Defaults to the annual rent for the months the contract runs. */
  totalFen: Type.Optional(Amount),
  /** Defaults to a schedule generated from the frequency; must add up to the total. */
  instalments: Type.Optional(Type.Array(InstalmentBody, { maxItems: 600 })),
})
export type ContractBody = Static<typeof ContractBody>

export const ScheduleBody = StrictObject({
  instalments: Type.Array(InstalmentBody, { maxItems: 600 }),
  version: Version,
})
export type ScheduleBody = Static<typeof ScheduleBody>

export const SignBody = StrictObject({ signedOn: Day, version: Version })
export type SignBody = Static<typeof SignBody>

export const ReceiptBody = StrictObject({
  receivedOn: Day,
  amountFen: Amount,
  /** bank: Dr 102 银行存款; cash: Dr 101 库存现金. */
  method: Literals(['bank', 'cash'] as const),
})
export type ReceiptBody = Static<typeof ReceiptBody>

export const ReleaseBody = StrictObject({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) })

export const ContractListQuery = StrictObject({
  flag: Type.Optional(Literals(['expiring', 'overdue'] as const)),
})

export const ContractSummary = Type.Object({
  id: Id,
  number: Type.String(),
  kind: Literals(contractKinds),
  kindZh: Type.String(),
  counterpartyName: Type.String(),
  counterpartyType: Literals(['individual', 'company'] as const),
  counterpartyPhone: Nullable(Type.String({ description: 'masked: 138****5678' })),
  subject: Type.String(),
  startsOn: Type.String(),
  endsOn: Type.String(),
  totalFen: Type.Integer(),
  annualRentFen: Type.Integer(),
  frequency: Literals(frequencies),
  frequencyZh: Type.String(),
  state: Literals(['draft', 'signed'] as const),
  stateZh: Type.String(),
  signedOn: Nullable(Type.String()),
  receivedFen: Type.Integer(),
  overdueFen: Type.Integer(),
  expiring: Type.Boolean(),
  overdue: Type.Boolean(),
  version: Type.Integer(),
})
export const ContractList = Type.Object({
  items: Type.Array(ContractSummary),
  counts: Type.Object({ all: Type.Integer(), expiring: Type.Integer(), overdue: Type.Integer() }),
  canWrite: Type.Boolean(),
})

export const ContractView = Type.Object(
  {
    ...ContractSummary.properties,
    assets: Type.Array(Type.Object({ id: Id, number: Type.String(), name: Type.String() })),
    parcels: Type.Array(Type.Object({ id: Id, number: Type.String(), name: Type.String() })),
    instalments: Type.Array(
      Type.Object({
        id: Id,
        seq: Type.Integer(),
        dueOn: Type.String(),
        amountFen: Type.Integer(),
        receivedFen: Type.Integer(),
        overdue: Type.Boolean(),
      }),
    ),
    receipts: Type.Array(
      Type.Object({
        id: Id,
        receivedOn: Type.String(),
        amountFen: Type.Integer(),
        method: Literals(['bank', 'cash'] as const),
        currentFen: Type.Integer(),
        advanceFen: Type.Integer(),
        voucherId: Nullable(Id),
        by: Type.String(),
      }),
    ),
    releases: Type.Array(
      Type.Object({ year: Type.Integer(), amountFen: Type.Integer(), voucherId: Nullable(Id) }),
    ),
    canWrite: Type.Boolean(),
  },
  { title: 'EstateContract' },
)
export type ContractView = Static<typeof ContractView>

export const ReleaseResult = Type.Object({
  released: Type.Boolean(),
  amountFen: Type.Integer(),
  voucherId: Nullable(Id),
})
