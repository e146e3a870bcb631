import { Type, type Static } from '@sinclair/typebox'
import { EpochMs, Id, PageOf, PageQuery, Str, StrictObject } from '../../platform/http/schemas.js'

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()])

export const ImportMode = Type.Union([Type.Literal('all_or_nothing'), Type.Literal('good_rows')])
export const ImportStatus = Type.Union(
  (['queued', 'running', 'done', 'rejected', 'failed'] as const).map((s) => Type.Literal(s)),
)

/** The multipart fields that come with the file (validated by the route; multipart has no JSON body). */
export const StartImportFields = StrictObject({
  community: Id,
  mode: ImportMode,
})
export type StartImportFields = Static<typeof StartImportFields>

export const ImportErrorView = Type.Object(
  {
    sheet: Type.String({ description: '房屋 | 人员 | 岗位 | 联系户' }),
    row: Type.Integer({ description: 'Row number as Excel shows it' }),
    column: Nullable(Type.String({ description: 'Column header' })),
    value: Nullable(Type.String({ description: 'The cell, ID numbers and phones masked' })),
    reasonZh: Type.String(),
    reasonEn: Type.String(),
  },
  { title: 'ImportError' },
)

const Counts = Type.Object({ created: Type.Integer(), updated: Type.Integer(), unchanged: Type.Integer() })

export const ImportListItem = Type.Object(
  {
    id: Id,
    kind: Type.String(),
    mode: ImportMode,
    status: ImportStatus,
    fileName: Type.String(),
    communityId: Id,
    createdBy: Type.String(),
    createdAt: EpochMs,
    finishedAt: Nullable(EpochMs),
    totalRows: Type.Integer(),
    processedRows: Type.Integer(),
    goodRows: Type.Integer(),
    badRows: Type.Integer(),
    /** 0–100. */
    progress: Type.Integer({ minimum: 0, maximum: 100 }),
    errorCount: Type.Integer(),
  },
  { title: 'ImportSummary' },
)
export type ImportListItem = Static<typeof ImportListItem>

export const ImportView = Type.Composite(
  [
    ImportListItem,
    Type.Object({
      counts: Nullable(
        Type.Record(Type.String(), Counts, {
          description:
            'buildings, units, rooms, households, persons, members, residences, tags, posts, contacts',
        }),
      ),
      timings: Nullable(
        Type.Object({ parseMs: Type.Integer(), checkMs: Type.Integer(), writeMs: Type.Integer() }),
      ),
      sheets: Type.Record(Type.String(), Type.Object({ total: Type.Integer(), bad: Type.Integer() })),
      failure: Nullable(Type.String()),
      errorsTruncated: Type.Boolean(),
      errors: PageOf(ImportErrorView),
    }),
  ],
  { title: 'Import' },
)
export type ImportView = Static<typeof ImportView>

export const ImportParams = StrictObject({ id: Id })
export const ImportQuery = StrictObject({
  errorsLimit: Type.Optional(Type.Integer({ minimum: 0, maximum: 500, default: 100 })),
  errorsCursor: Type.Optional(Str(128)),
})
export const ImportListQuery = StrictObject({ ...PageQuery })
export const ImportPage = PageOf(ImportListItem)

export const ExportQuery = StrictObject({
  unmask: Type.Optional(
    Type.Boolean({
      description: 'ID numbers and phones in full (needs person.unmask; audited with the row count)',
    }),
  ),
})
