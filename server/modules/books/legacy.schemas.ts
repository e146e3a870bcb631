// Opening balances and the import of 2004-system balances: API shapes. Amounts are whole fen.
import { Type, type Static } from '@sinclair/typebox'
import { EpochMs, Id, Literals, Nullable, Str, StrictObject, Version } from '../../platform/http/schemas.js'
import { MAX_LINE_FEN } from './books.domain.js'

const AccountCode = Str(12, { pattern: '^\\d{3,12}$', description: '112, 11201 …' })
const Balance = Type.Integer({ minimum: 0, maximum: MAX_LINE_FEN, description: 'Whole fen (分), ≥ 0' })

export const OpeningLineBody = StrictObject({
  accountCode: AccountCode,
  /** Where the account keeps 往来 per household. */
  householdId: Type.Optional(Nullable(Id)),
  debitFen: Type.Optional(Balance),
  creditFen: Type.Optional(Balance),
})
export type OpeningLineBody = Static<typeof OpeningLineBody>

export const ConfirmOpeningBody = StrictObject({ version: Version })

export const OpeningView = Type.Object(
  {
    villageId: Id,
    startPeriod: Type.String(),
    state: Literals(['draft', 'confirmed'] as const),
    /** 0 until anything is entered. */
    version: Type.Integer({ minimum: 0 }),
    confirmedAt: Nullable(EpochMs),
    confirmedBy: Nullable(Type.String()),
    /** False once confirmed, once a voucher is posted or a period closed. */
    editable: Type.Boolean(),
    frozenReasonZh: Nullable(Type.String()),
    /** A draft with lines, and no period closed yet (a posting does not stop confirming what was entered before it). */
    confirmable: Type.Boolean(),
    lines: Type.Array(
      Type.Object({
        id: Id,
        accountCode: Type.String(),
        accountName: Type.String(),
        normalSide: Literals(['debit', 'credit'] as const),
        householdId: Nullable(Id),
        householdLabel: Nullable(Type.String()),
        debitFen: Type.Integer(),
        creditFen: Type.Integer(),
        source: Literals(['manual', 'import'] as const),
        /** The 2004 accounts an imported balance came from, comma-separated. */
        legacyCodes: Nullable(Type.String()),
      }),
    ),
    totals: Type.Object({
      debitFen: Type.Integer(),
      creditFen: Type.Integer(),
      differenceFen: Type.Integer(),
    }),
    balanced: Type.Boolean(),
    canWrite: Type.Boolean(),
  },
  { title: 'LedgerOpening' },
)
export type OpeningView = Static<typeof OpeningView>

export const MappingView = Type.Object(
  {
    items: Type.Array(
      Type.Object({
        legacyCode: Type.String(),
        legacyName: Type.String(),
        accountCode: Nullable(Type.String()),
        accountName: Nullable(Type.String()),
        subAccountName: Nullable(Type.String()),
        noteZh: Nullable(Type.String()),
      }),
    ),
  },
  { title: 'LegacyMapping' },
)

/** The accountant's choices for one import, laid over the default mapping. */
export const MappingOverrides = Type.Array(
  StrictObject({
    legacyCode: Str(12, { pattern: '^\\d{3,12}$' }),
    accountCode: AccountCode,
    subAccountName: Type.Optional(Nullable(Str(40, { minLength: 1 }))),
  }),
  { maxItems: 200 },
)
export type MappingOverrides = Static<typeof MappingOverrides>

export const LegacyImportMode = Literals(['check', 'all_or_nothing', 'good_rows'] as const)
export type LegacyImportMode = Static<typeof LegacyImportMode>

/** The multipart fields that come with the file. */
export const LegacyImportFields = StrictObject({
  mode: LegacyImportMode,
  /** JSON of MappingOverrides. */
  mapping: Type.Optional(Str(20_000)),
})

export const LegacyImportResult = Type.Object(
  {
    mode: LegacyImportMode,
    /** Whether anything was written. */
    committed: Type.Boolean(),
    totalRows: Type.Integer(),
    goodRows: Type.Integer(),
    badRows: Type.Integer(),
    errors: Type.Array(
      Type.Object({
        sheet: Type.String(),
        row: Type.Integer(),
        column: Nullable(Type.String()),
        value: Nullable(Type.String()),
        reasonZh: Type.String(),
        reasonEn: Type.String(),
      }),
    ),
    createdAccounts: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
    opening: OpeningView,
  },
  { title: 'LegacyImportResult' },
)
export type LegacyImportResult = Static<typeof LegacyImportResult>
