import { Type } from '@sinclair/typebox'
import type { AppContext } from '../../platform/context.js'
import { sendStoredFile } from '../../platform/http/replies.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { AppError } from '../../platform/errors.js'
import { actorOf } from '../../platform/http/auth.js'
import { commonErrors, StrictObject } from '../../platform/http/schemas.js'
import { openUpload, storeUpload } from './file.service.js'

const FileView = Type.Object({ id: Type.String(), size: Type.Integer(), mime: Type.String() })
const FileParams = StrictObject({ id: Type.String({ pattern: '^[0-9a-f]{64}$', maxLength: 64 }) })

export function fileRoutes(ctx: AppContext) {
  return defineRoutes((app) => {
    app.post(
      '/files',
      {
        schema: {
          tags: ['files'],
          summary: 'Upload a photo or PDF (multipart/form-data, one part named "file")',
          consumes: ['multipart/form-data'],
          response: { 201: FileView, ...commonErrors },
        },
      },
      async (request, reply) => {
        if (!request.isMultipart())
          throw new AppError('UNSUPPORTED_MEDIA_TYPE', { contentType: request.headers['content-type'] ?? '' })
        const part = await request.file({
          limits: { fileSize: ctx.config.uploadMaxBytes, files: 1, fields: 0 },
        })
        if (!part)
          throw new AppError('VALIDATION_FAILED', {
            fields: [{ path: '/file', rule: 'required', message: 'file' }],
          })
        const content = await part.toBuffer()
        const view = await storeUpload({
          db: ctx.db,
          files: ctx.files,
          actor: actorOf(request),
          content,
          now: ctx.clock(),
        })
        return reply.status(201).send(view)
      },
    )
    app.get(
      '/files/:id',
      { schema: { tags: ['files'], summary: 'Download a file I uploaded', params: FileParams } },
      async (request, reply) => {
        const file = await openUpload({
          db: ctx.db,
          files: ctx.files,
          actor: actorOf(request),
          id: request.params.id,
        })
        return sendStoredFile(reply, file)
      },
    )
  })
}
