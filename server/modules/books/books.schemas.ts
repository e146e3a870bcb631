// A village's books: API shapes. Amounts are whole fen, integers above zero on input (a float, a
// negative amount or a string is refused by the schema before any code runs).
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
import { MAX_LINE_FEN, MAX_LINES } from './books.domain.js'

const Period = Str(7, { pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' })
const AccountCode = Str(12, { pattern: '^\\d{3,12}$', description: '112, 11201 …' })
const Amount = Type.Integer({ minimum: 1, maximum: MAX_LINE_FEN, description: 'Whole fen (分), > 0' })
const Classes = ['asset', 'liability', 'equity', 'cost', 'income', 'expense'] as const

export const VillageParams = StrictObject({ villageId: Id })
export const VoucherParams = StrictObject({ villageId: Id, id: Id })
export const PeriodParams = StrictObject({ villageId: Id, period: Period })

export const OpenBooksBody = StrictObject({
  /** The first period these books keep (the month the village's books move here). */
  startPeriod: Period,
})

export const BookView = Type.Object(
  {
    villageId: Id,
    villageName: Type.String(),
    standard: Type.String(),
    standardZh: Type.String(),
    startPeriod: Type.String(),
    /** Periods from the start to the latest with vouchers (or this month), each open or closed. */
    periods: Type.Array(
      Type.Object({
        period: Type.String(),
        state: Literals(['open', 'closed'] as const),
        closedAt: Nullable(EpochMs),
        closedBy: Nullable(Type.String()),
        vouchers: Type.Integer(),
        unposted: Type.Integer(),
      }),
    ),
    canWrite: Type.Boolean(),
  },
  { title: 'LedgerBook' },
)
export type BookView = Static<typeof BookView>

export const AccountView = Type.Object({
  id: Id,
  code: Type.String(),
  name: Type.String(),
  class: Literals(Classes),
  classZh: Type.String(),
  normalSide: Literals(['debit', 'credit'] as const),
  contra: Type.Boolean(),
  parentCode: Nullable(Type.String()),
  level: Type.Integer(),
  leaf: Type.Boolean(),
  perHousehold: Type.Boolean(),
  active: Type.Boolean(),
})
export const AccountList = Type.Object({ items: Type.Array(AccountView) })

export const AccountBody = StrictObject({
  parentCode: AccountCode,
  /** The parent's code plus two or three digits. */
  code: AccountCode,
  name: Str(40, { minLength: 1 }),
  /** Keep 往来 per household on this account. */
  perHousehold: Type.Optional(Type.Boolean()),
})
export type AccountBody = Static<typeof AccountBody>

export const LineBody = StrictObject({
  accountCode: AccountCode,
  summary: Type.Optional(Str(60, { minLength: 1 })),
  debitFen: Type.Optional(Amount),
  creditFen: Type.Optional(Amount),
  householdId: Type.Optional(Id),
})

export const VoucherBody = StrictObject({
  date: Day,
  summary: Str(60, { minLength: 1 }),
  attachments: Type.Optional(Type.Integer({ minimum: 0, maximum: 999 })),
  lines: Type.Array(LineBody, { minItems: 1, maxItems: MAX_LINES }),
})
export type VoucherBody = Static<typeof VoucherBody>

export const VoucherUpdateBody = StrictObject({ ...VoucherBody.properties, version: Version })
export type VoucherUpdateBody = Static<typeof VoucherUpdateBody>

export const VoucherStepBody = StrictObject({ version: Version })
export const ReverseBody = StrictObject({
  version: Version,
  /** The reversal's date (in an open period); the day of the request by default. */
  date: Type.Optional(Day),
  summary: Type.Optional(Str(60, { minLength: 1 })),
})
export type ReverseBody = Static<typeof ReverseBody>

export const VoucherView = Type.Object(
  {
    id: Id,
    villageId: Id,
    period: Type.String(),
    word: Type.String(),
    number: Nullable(Type.Integer()),
    /** 记-003 once posted. */
    label: Nullable(Type.String()),
    date: Type.String(),
    summary: Type.String(),
    attachments: Type.Integer(),
    state: Literals(['draft', 'reviewed', 'posted'] as const),
    stateZh: Type.String(),
    reverses: Nullable(Type.Object({ id: Id, label: Nullable(Type.String()) })),
    reversedBy: Nullable(Type.Object({ id: Id, label: Nullable(Type.String()), state: Type.String() })),
    lines: Type.Array(
      Type.Object({
        lineNo: Type.Integer(),
        accountCode: Type.String(),
        accountName: Type.String(),
        summary: Type.String(),
        debitFen: Type.Integer(),
        creditFen: Type.Integer(),
        household: Nullable(Type.Object({ id: Id, code: Type.String(), headName: Nullable(Type.String()) })),
      }),
    ),
    totalFen: Type.Integer(),
    maker: Type.String(),
    reviewer: Nullable(Type.String()),
    reviewedAt: Nullable(EpochMs),
    poster: Nullable(Type.String()),
    postedAt: Nullable(EpochMs),
    version: Type.Integer(),
  },
  { title: 'Voucher' },
)
export type VoucherView = Static<typeof VoucherView>

export const VoucherListQuery = StrictObject({
  period: Type.Optional(Period),
  state: Type.Optional(Literals(['draft', 'reviewed', 'posted'] as const)),
})
export const VoucherList = Type.Object({ items: Type.Array(VoucherView) })

export const TrialBalanceQuery = StrictObject({ period: Period })
export const TrialBalanceView = Type.Object(
  {
    villageId: Id,
    villageName: Type.String(),
    period: Type.String(),
    periodState: Literals(['open', 'closed'] as const),
    rows: Type.Array(
      Type.Object({
        code: Type.String(),
        name: Type.String(),
        class: Literals(Classes),
        level: Type.Integer(),
        leaf: Type.Boolean(),
        openingFen: Type.Integer(),
        openingSideZh: Type.String(),
        debitFen: Type.Integer(),
        creditFen: Type.Integer(),
        closingFen: Type.Integer(),
        closingSideZh: Type.String(),
      }),
    ),
    totals: Type.Object({
      openingDebitFen: Type.Integer(),
      openingCreditFen: Type.Integer(),
      debitFen: Type.Integer(),
      creditFen: Type.Integer(),
      closingDebitFen: Type.Integer(),
      closingCreditFen: Type.Integer(),
    }),
    balanced: Type.Boolean(),
  },
  { title: 'TrialBalance' },
)
export type TrialBalanceView = Static<typeof TrialBalanceView>

export const StatementParams = StrictObject({
  villageId: Id,
  report: Literals(['balance_sheet', 'income_distribution'] as const),
})
export const StatementQuery = StrictObject({ period: Period })
export const StatementView = Type.Object(
  {
    villageId: Id,
    villageName: Type.String(),
    collectiveName: Nullable(Type.String()),
    report: Literals(['balance_sheet', 'income_distribution'] as const),
    reportZh: Type.String(),
    period: Type.String(),
    periodState: Literals(['open', 'closed'] as const),
    rows: Type.Array(
      Type.Object({
        rowNo: Type.Integer(),
        caption: Type.String(),
        style: Literals(['item', 'subtotal', 'total'] as const),
        /** 期末数 (balance sheet) or 本年累计数 (income and distribution). */
        valueFen: Type.Integer(),
        /** 年初数 (balance sheet only). */
        startFen: Nullable(Type.Integer()),
      }),
    ),
    balanced: Nullable(Type.Boolean()),
  },
  { title: 'Statement' },
)

export const LedgerQuery = StrictObject({
  accountCode: AccountCode,
  from: Period,
  to: Period,
  /** Only this household's lines, for an account kept per household (往来按户). */
  householdId: Type.Optional(Id),
})
const LedgerEntry = Type.Object({
  /** line: a posted line; month: 本月合计; year: 本年累计. */
  kind: Literals(['line', 'month', 'year'] as const),
  period: Type.String(),
  date: Nullable(Type.String()),
  voucherId: Nullable(Id),
  label: Nullable(Type.String()),
  accountCode: Nullable(Type.String()),
  summary: Type.String(),
  debitFen: Type.Integer(),
  creditFen: Type.Integer(),
  balanceFen: Type.Integer(),
  sideZh: Type.String(),
})
export const LedgerView = Type.Object(
  {
    villageId: Id,
    villageName: Type.String(),
    account: Type.Object({
      code: Type.String(),
      name: Type.String(),
      normalSide: Literals(['debit', 'credit'] as const),
    }),
    /** 现金日记账 for 101, 银行存款日记账 for 102, 明细账 otherwise. */
    titleZh: Type.String(),
    /** The household whose sub-ledger this is, when one was asked for. */
    household: Nullable(Type.Object({ id: Id, code: Type.String() })),
    from: Type.String(),
    to: Type.String(),
    opening: Type.Object({ balanceFen: Type.Integer(), sideZh: Type.String() }),
    entries: Type.Array(LedgerEntry),
    closing: Type.Object({ balanceFen: Type.Integer(), sideZh: Type.String(), normalFen: Type.Integer() }),
  },
  { title: 'Ledger' },
)
