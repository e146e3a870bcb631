// A village's opening balances (期初余额) and the import of its 2004-system balances: reading and
// entering the balances, confirming them, the 2004→2023 mapping, the template and the upload. Like
// every books route, each names its village: its accountant writes, auditors of its area read.
import type { FastifyRequest } from 'fastify'
import type { AppContext } from '../../platform/context.js'
import { AppError } from '../../platform/errors.js'
import { actorOf } from '../../platform/http/auth.js'
import { attachment, XLSX_MIME } from '../../platform/http/replies.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { commonErrors } from '../../platform/http/schemas.js'
import { validatorCompiler } from '../../platform/http/validation.js'
import { VillageParams } from './books.schemas.js'
import {
  ConfirmOpeningBody,
  LegacyImportFields,
  LegacyImportResult,
  MappingOverrides,
  MappingView,
  OpeningLineBody,
  OpeningView,
} from './legacy.schemas.js'
import { getLegacyMapping, importLegacyBalances, legacyTemplate } from './legacy.service.js'
import { confirmOpening, getOpening, putOpeningLine } from './opening.service.js'

const tags = ['books']
const base = '/villages/:villageId/books/opening'
/** A village's trial balance is a few hundred rows; a few MiB is plenty. */
const LEGACY_MAX_BYTES = 5 * 1024 * 1024

const checkFields = validatorCompiler({
  schema: LegacyImportFields,
  method: 'POST',
  url: `${base}/import`,
  httpPart: 'body',
}) as (data: unknown) => { value?: unknown; error?: Error }
const checkMapping = validatorCompiler({
  schema: MappingOverrides,
  method: 'POST',
  url: `${base}/import`,
  httpPart: 'body',
}) as (data: unknown) => { value?: unknown; error?: Error }

async function readUpload(request: FastifyRequest) {
  if (!request.isMultipart())
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', { contentType: request.headers['content-type'] ?? '' })
  const fields: Record<string, string> = {}
  let file: { name: string; content: Buffer } | undefined
  for await (const part of request.parts({ limits: { fileSize: LEGACY_MAX_BYTES, files: 1, fields: 5 } })) {
    if (part.type === 'file') file = { name: part.filename, content: await part.toBuffer() }
    else if (typeof part.value === 'string') fields[part.fieldname] = part.value
  }
  return { fields, file }
}

function invalidMapping(message: string): AppError {
  return new AppError('VALIDATION_FAILED', { fields: [{ path: '/mapping', rule: 'json', message }] })
}

export function legacyRoutes(ctx: AppContext) {
  return defineRoutes((app) => {
    app.get(
      base,
      {
        schema: {
          tags,
          summary: '期初余额: the balances the books start from, their totals and whether they balance',
          params: VillageParams,
          response: { 200: OpeningView, ...commonErrors },
        },
      },
      async (request) =>
        getOpening({ db: ctx.db, actor: actorOf(request), villageId: request.params.villageId }),
    )
    app.put(
      `${base}/lines`,
      {
        schema: {
          tags,
          summary:
            'Enter the opening balance of a leaf account (per household where it keeps 往来 so); zero on both sides removes it',
          params: VillageParams,
          body: OpeningLineBody,
          response: { 200: OpeningView, ...commonErrors },
        },
      },
      async (request) =>
        putOpeningLine({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.post(
      `${base}/confirm`,
      {
        schema: {
          tags,
          summary: 'Confirm the opening balances (debits equal credits to the fen); read-only from then on',
          params: VillageParams,
          body: ConfirmOpeningBody,
          response: { 200: OpeningView, ...commonErrors },
        },
      },
      async (request) =>
        confirmOpening({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          version: request.body.version,
          now: ctx.clock(),
        }),
    )
    app.get(
      `${base}/mapping`,
      {
        schema: {
          tags,
          summary:
            'The 2004 chart and the default 2023 account of each (never by code), with notes where to choose',
          params: VillageParams,
          response: { 200: MappingView, ...commonErrors },
        },
      },
      async (request) =>
        getLegacyMapping({ db: ctx.db, actor: actorOf(request), villageId: request.params.villageId }),
    )
    app.get(
      `${base}/template.xlsx`,
      {
        schema: {
          tags,
          summary: 'The template of a 2004-system trial balance to import, with the default mapping',
          params: VillageParams,
        },
      },
      async (request, reply) =>
        attachment(reply, '期初余额导入模板（2004年制度）.xlsx', XLSX_MIME).send(
          await legacyTemplate({ db: ctx.db, actor: actorOf(request), villageId: request.params.villageId }),
        ),
    )
    app.post(
      `${base}/import`,
      {
        schema: {
          tags,
          summary:
            'Upload a 2004-system trial balance (multipart: file, mode = check | all_or_nothing | good_rows, mapping = JSON of the accountant’s choices); every bad row reported',
          consumes: ['multipart/form-data'],
          params: VillageParams,
          response: { 200: LegacyImportResult, ...commonErrors },
        },
      },
      async (request) => {
        const { fields, file } = await readUpload(request)
        const checked = checkFields(fields)
        if ('error' in checked && checked.error) throw checked.error
        if (!file)
          throw new AppError('VALIDATION_FAILED', {
            fields: [{ path: '/file', rule: 'required', message: 'file' }],
          })
        let overrides: unknown = []
        if (fields.mapping !== undefined && fields.mapping.trim() !== '') {
          try {
            overrides = JSON.parse(fields.mapping)
          } catch {
            throw invalidMapping('mapping is not JSON')
          }
          const m = checkMapping(overrides)
          if ('error' in m && m.error) throw m.error
        }
        return importLegacyBalances({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          mode: fields.mode as 'check' | 'all_or_nothing' | 'good_rows',
          overrides: overrides as MappingOverrides,
          fileName: file.name,
          content: file.content,
          now: ctx.clock(),
        })
      },
    )
  })
}
