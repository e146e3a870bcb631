// 码上说: the public intake behind each building's QR code, and the resident's follow-up page —
// no sign-in, bounded per address (a stricter bound for writes) — plus the QR code and the A4
// poster for staff who can read the building.
import type { FastifyRequest } from 'fastify'
import type { AppContext } from '../../platform/context.js'
import { AppError } from '../../platform/errors.js'
import { actorOf, anonymousActor } from '../../platform/http/auth.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { commonErrors } from '../../platform/http/schemas.js'
import {
  BuildingCodeParams,
  BuildingParams,
  FeedbackTokenParams,
  PublicBuilding,
  PublicFeedback,
  PublicFiled,
  PublicFileBody,
  PublicPhoto,
  PublicRatingBody,
} from './public.schemas.js'
import {
  fileFromQr,
  getFeedback,
  getPublicBuilding,
  rateFromFeedback,
  storePublicPhoto,
} from './public.service.js'
import { buildingPosterPdf, buildingQrPng } from './qr.service.js'

/** How the public side appears in the timeline and the audit log. */
export const PUBLIC_ACTOR_LABEL = '居民（码上说）'

const MINUTE = 60_000
/**
 * Per-address limits (per process). Reads are generous (a family on one connection), writes strict:
 * a resident files a few reports, not dozens; a flood from one address is refused with 429.
 */
export const publicLimits = {
  read: { max: 120, timeWindow: MINUTE },
  file: { max: 10, timeWindow: 10 * MINUTE },
  photo: { max: 30, timeWindow: 10 * MINUTE },
  rate: { max: 10, timeWindow: 10 * MINUTE },
} as const

/** Photos from the public form: at most 10 MiB each, less when the installation says so. */
const PUBLIC_PHOTO_MAX_BYTES = 10 * 1024 * 1024

const noSession: { [key: string]: string[] }[] = []

function originOf(ctx: AppContext, request: FastifyRequest): string {
  return ctx.config.publicUrl ?? `${request.protocol}://${request.host}`
}

function asciiFilename(name: string): string {
  return name.replace(/[^0-9A-Za-z._-]/g, '_')
}

export function publicRequestRoutes(ctx: AppContext) {
  return defineRoutes((app) => {
    app.get(
      '/public/buildings/:code',
      {
        config: { auth: 'public', rateLimit: publicLimits.read },
        schema: {
          tags: ['public'],
          summary:
            '码上说: the building behind a poster’s code — its names, address and the categories to choose from',
          security: noSession,
          params: BuildingCodeParams,
          response: { 200: PublicBuilding, ...commonErrors },
        },
      },
      async (request) => getPublicBuilding({ db: ctx.db, code: request.params.code }),
    )
    app.post(
      '/public/buildings/:code/requests',
      {
        config: { auth: 'public', rateLimit: publicLimits.file },
        schema: {
          tags: ['public'],
          summary:
            '码上说: file a report for the building, no sign-in. Answers the number to read out and a token for the follow-up page',
          security: noSession,
          params: BuildingCodeParams,
          body: PublicFileBody,
          response: { 201: PublicFiled, ...commonErrors },
        },
      },
      async (request, reply) => {
        const filed = await fileFromQr({
          db: ctx.db,
          pii: ctx.pii,
          actor: anonymousActor(request, PUBLIC_ACTOR_LABEL),
          code: request.params.code,
          input: request.body,
          now: ctx.clock(),
        })
        return reply.status(201).header('cache-control', 'no-store').send(filed)
      },
    )
    app.post(
      '/public/photos',
      {
        config: { auth: 'public', rateLimit: publicLimits.photo },
        schema: {
          tags: ['public'],
          summary:
            '码上说: upload one photo for the form (multipart/form-data, one part named "file"; images only)',
          security: noSession,
          consumes: ['multipart/form-data'],
          response: { 201: PublicPhoto, ...commonErrors },
        },
      },
      async (request, reply) => {
        if (!request.isMultipart())
          throw new AppError('UNSUPPORTED_MEDIA_TYPE', { contentType: request.headers['content-type'] ?? '' })
        const limit = Math.min(ctx.config.uploadMaxBytes, PUBLIC_PHOTO_MAX_BYTES)
        const part = await request.file({ limits: { fileSize: limit, files: 1, fields: 0 } })
        if (!part)
          throw new AppError('VALIDATION_FAILED', {
            fields: [{ path: '/file', rule: 'required', message: '请选择照片' }],
          })
        const content = await part.toBuffer()
        const photo = await storePublicPhoto({
          db: ctx.db,
          files: ctx.files,
          actor: anonymousActor(request, PUBLIC_ACTOR_LABEL),
          content,
          now: ctx.clock(),
        })
        return reply.status(201).send(photo)
      },
    )
    app.get(
      '/public/feedback/:token',
      {
        config: { auth: 'public', rateLimit: publicLimits.read },
        schema: {
          tags: ['public'],
          summary:
            '码上说: the resident’s follow-up page — state, the steps and their times, the outcome, whether it can be rated',
          security: noSession,
          params: FeedbackTokenParams,
          response: { 200: PublicFeedback, ...commonErrors },
        },
      },
      async (request, reply) => {
        const view = await getFeedback({ db: ctx.db, token: request.params.token })
        return reply.header('cache-control', 'no-store').send(view)
      },
    )
    app.post(
      '/public/feedback/:token/rating',
      {
        config: { auth: 'public', rateLimit: publicLimits.rate },
        schema: {
          tags: ['public'],
          summary:
            '码上说: the resident rates a closed item (回访); notFixed reopens it with the comment as the reason',
          security: noSession,
          params: FeedbackTokenParams,
          body: PublicRatingBody,
          response: { 200: PublicFeedback, ...commonErrors },
        },
      },
      async (request) =>
        rateFromFeedback({
          db: ctx.db,
          actor: anonymousActor(request, PUBLIC_ACTOR_LABEL),
          token: request.params.token,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.get(
      '/buildings/:id/qr.png',
      {
        schema: {
          tags: ['requests'],
          summary: 'The building’s 码上说 QR code (PNG), encoding the public form’s address',
          params: BuildingParams,
          produces: ['image/png'],
        },
      },
      async (request, reply) => {
        const qr = await buildingQrPng({
          db: ctx.db,
          actor: actorOf(request),
          buildingId: request.params.id,
          origin: originOf(ctx, request),
        })
        return reply
          .type('image/png')
          .header('cache-control', 'private, no-cache')
          .header('content-disposition', `inline; filename="qr-${asciiFilename(qr.code)}.png"`)
          .send(qr.png)
      },
    )
    app.get(
      '/buildings/:id/poster.pdf',
      {
        schema: {
          tags: ['requests'],
          summary: 'The building’s 码上说 poster: A4, Chinese, with its QR code (PDF)',
          params: BuildingParams,
          produces: ['application/pdf'],
        },
      },
      async (request, reply) => {
        const poster = await buildingPosterPdf({
          db: ctx.db,
          actor: actorOf(request),
          buildingId: request.params.id,
          origin: originOf(ctx, request),
        })
        const name = `码上说-${poster.code}.pdf`
        return reply
          .type('application/pdf')
          .header('cache-control', 'private, no-cache')
          .header(
            'content-disposition',
            `attachment; filename="poster-${asciiFilename(poster.code)}.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
          )
          .send(poster.pdf)
      },
    )
  })
}
