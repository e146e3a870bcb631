import type { FastifyRequest } from 'fastify'
import type { AppContext } from '../../platform/context.js'
import { AppError } from '../../platform/errors.js'
import { actorOf } from '../../platform/http/auth.js'
import { attachment, XLSX_MIME } from '../../platform/http/replies.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { commonErrors } from '../../platform/http/schemas.js'
import { validatorCompiler } from '../../platform/http/validation.js'
import { NodeParams } from '../org/index.js'
import { buildErrorsWorkbook, exportHouseholds, exportPersons, type ExportStream } from './export.service.js'
import {
  ExportQuery,
  ImportListQuery,
  ImportPage,
  ImportParams,
  ImportQuery,
  ImportView,
  StartImportFields,
} from './import.schemas.js'
import { getImport, listImports, openImportErrors, startImport } from './import.service.js'
import { buildTemplate } from './template.js'

/** Imports take bigger files than photos: a 100,000-row registry is a few MiB, with room to spare. */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024

/** The file part and the text fields of a multipart upload, whichever order they come in. */
async function readUpload(request: FastifyRequest, maxBytes: number) {
  if (!request.isMultipart())
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', { contentType: request.headers['content-type'] ?? '' })
  const fields: Record<string, string> = {}
  let file: { name: string; content: Buffer } | undefined
  for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 1, fields: 5 } })) {
    if (part.type === 'file') {
      const content = await part.toBuffer()
      file = { name: part.filename, content }
    } else if (typeof part.value === 'string') fields[part.fieldname] = part.value
  }
  return { fields, file }
}

// The fields of a multipart upload, checked like any body (the same validator, the same error shape).
const checkFields = validatorCompiler({
  schema: StartImportFields,
  method: 'POST',
  url: '/imports',
  httpPart: 'body',
}) as (data: unknown) => { value?: unknown; error?: Error }

export function importRoutes(ctx: AppContext) {
  return defineRoutes((app) => {
    app.get(
      '/imports/template.xlsx',
      {
        schema: {
          tags: ['imports'],
          summary: 'The Excel template (Chinese): a 说明 sheet, then 房屋, 人员, 岗位 and 联系户',
          response: { ...commonErrors },
        },
      },
      async (_request, reply) =>
        attachment(reply, '同心台账导入模板.xlsx', XLSX_MIME).send(await buildTemplate()),
    )
    app.post(
      '/imports',
      {
        schema: {
          tags: ['imports'],
          summary:
            'Upload a registry workbook (multipart: file, community, mode = all_or_nothing | good_rows); it is checked and written by a job',
          consumes: ['multipart/form-data'],
          response: { 202: ImportView, ...commonErrors },
        },
      },
      async (request, reply) => {
        const { fields, file } = await readUpload(request, IMPORT_MAX_BYTES)
        const checked = checkFields(fields)
        if ('error' in checked && checked.error) throw checked.error
        if (!file)
          throw new AppError('VALIDATION_FAILED', {
            fields: [{ path: '/file', rule: 'required', message: 'file' }],
          })
        const view = await startImport({
          db: ctx.db,
          files: ctx.files,
          actor: actorOf(request),
          communityId: (fields as StartImportFields).community,
          mode: (fields as StartImportFields).mode,
          fileName: file.name,
          content: file.content,
          now: ctx.clock(),
        })
        return reply.status(202).send(view)
      },
    )
    app.get(
      '/imports/:id',
      {
        schema: {
          tags: ['imports'],
          summary: 'An import: status, progress, counts, and its problems a page at a time',
          params: ImportParams,
          querystring: ImportQuery,
          response: { 200: ImportView, ...commonErrors },
        },
      },
      async (request) =>
        getImport({
          db: ctx.db,
          actor: actorOf(request),
          id: request.params.id,
          limit: request.query.errorsLimit ?? 100,
          cursor: request.query.errorsCursor,
        }),
    )
    app.get(
      '/imports/:id/errors.xlsx',
      {
        schema: {
          tags: ['imports'],
          summary: 'The bad rows as uploaded with a 错误原因 column, to fix and upload again (audited)',
          params: ImportParams,
          response: { ...commonErrors },
        },
      },
      async (request, reply) => {
        const found = await openImportErrors({
          db: ctx.db,
          files: ctx.files,
          actor: actorOf(request),
          id: request.params.id,
          now: ctx.clock(),
        })
        const content = await buildErrorsWorkbook(found.source(), found.errors, found.unmasked)
        return attachment(reply, `${found.fileName}-错误行.xlsx`, XLSX_MIME).send(content)
      },
    )
    app.get(
      '/org/nodes/:id/imports',
      {
        schema: {
          tags: ['imports'],
          summary: 'Recent imports into an org node, newest first',
          params: NodeParams,
          querystring: ImportListQuery,
          response: { 200: ImportPage, ...commonErrors },
        },
      },
      async (request) =>
        listImports({
          db: ctx.db,
          actor: actorOf(request),
          nodeId: request.params.id,
          limit: request.query.limit ?? 20,
          cursor: request.query.cursor,
        }),
    )
    const exportRoute = (path: string, summary: string, run: typeof exportPersons) =>
      app.get(
        path,
        {
          schema: {
            tags: ['imports'],
            summary,
            params: NodeParams,
            querystring: ExportQuery,
            response: { ...commonErrors },
          },
        },
        async (request, reply) => {
          const out: ExportStream = await run({
            db: ctx.db,
            pii: ctx.pii,
            actor: actorOf(request),
            nodeId: request.params.id,
            unmask: request.query.unmask === true,
            now: ctx.clock(),
          })
          return attachment(reply, `${out.fileName}.xlsx`, XLSX_MIME)
            .header('x-row-count', String(out.rows))
            .send(out.stream)
        },
      )
    exportRoute(
      '/org/nodes/:id/export/persons.xlsx',
      'The people under a node as .xlsx in the template layout (masked; ?unmask=true needs person.unmask, audited)',
      exportPersons,
    )
    exportRoute(
      '/org/nodes/:id/export/households.xlsx',
      'Rooms (房屋 layout) and households under a node as .xlsx (masked unless ?unmask=true, audited)',
      exportHouseholds,
    )
  })
}
