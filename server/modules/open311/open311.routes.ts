// Open311 GeoReport v2 at /open311/v2: the format is the path's suffix (.json or .xml), errors are
// the spec's lists of { code, description } in that format, reads need no key and are rate
// limited per address, and POST requests needs a client's api_key (form or query string).
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Open311ClientTable } from '../../db/index.js'
import type { AppContext } from '../../platform/context.js'
import { AppError } from '../../platform/errors.js'
import { normalizeError } from '../../platform/http/error-handler.js'
import { anonymousActor } from '../../platform/http/auth.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { RequestValidationError } from '../../platform/http/validation.js'
import { errorMessage } from '../../platform/i18n.js'
import { authenticateClient } from './open311-client.service.js'
import {
  attributesOf,
  contentTypes,
  errorDoc,
  formatOf,
  problem,
  toXml,
  type Format,
  type Open311Problem,
} from './open311.domain.js'
import {
  Discovery,
  FileParams,
  FormatParams,
  JurisdictionQuery,
  OneRequestQuery,
  PostRequestBody,
  PostRequestQuery,
  PostResult,
  RequestList,
  RequestsQuery,
  ServiceDefinition,
  ServiceList,
  TokenResult,
  errorResponses,
} from './open311.schemas.js'
import {
  fileOpen311Request,
  getDiscovery,
  getPublicRequest,
  getServiceDefinition,
  listPublicRequests,
  listServices,
  resolveToken,
} from './open311.service.js'

// Per address, per route (a soft guard: each process counts its own).
const publicRead = { auth: 'public' as const, rateLimit: { max: 300, timeWindow: 60_000 } }
const filing = { auth: 'public' as const, rateLimit: { max: 30, timeWindow: 60_000 } }

function send(reply: FastifyReply, format: Format, root: string, doc: unknown, status = 200): FastifyReply {
  const body = format === 'json' ? JSON.stringify(doc) : toXml(root, doc)
  return reply.status(status).type(contentTypes[format]).send(body)
}

/** `facilities.water.json` → the name and the format. */
function splitFile(file: string): { name: string; format: Format } {
  const format: Format = file.endsWith('.json') ? 'json' : 'xml'
  return { name: file.slice(0, -(format.length + 1)), format }
}

function noSuchResource(request: FastifyRequest): Open311Problem {
  const path = (request.url.split('?')[0] ?? '').slice(0, 200)
  return problem(404, `没有这个地址：${path}`, `no such resource: ${path}`)
}

const fieldName = (path: string) => path.replace(/^\/((querystring|params)\/)?/, '')

/** Any failure as the spec's error list: 404 missing, 403 key, 400 the rest (finer codes in the body). */
function sendProblems(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  const own = error instanceof AppError ? error.details.open311 : undefined
  let problems: Open311Problem[]
  let status: number
  if (error instanceof AppError && Array.isArray(own)) {
    problems = own as Open311Problem[]
    status = error.status
  } else if (error instanceof RequestValidationError && error.part === 'params') {
    // services.csv, requests/x.txt: no such resource.
    problems = [noSuchResource(request)]
    status = 404
  } else if (error instanceof RequestValidationError) {
    const en = error.fields('en')
    problems = error
      .fields('zh-CN')
      .map((f, i) =>
        problem(
          400,
          `${fieldName(f.path)}：${f.message}`,
          `${fieldName(en[i]?.path ?? '')}: ${en[i]?.message ?? ''}`,
        ),
      )
    status = 400
  } else {
    const n = normalizeError(error, request.locale)
    if (n.status >= 500) request.log.error({ err: error }, 'open311 request failed')
    const details = n.status >= 500 ? { requestId: request.id } : n.details
    const fields = Array.isArray(details.fields)
      ? (details.fields as { path: string; message: string }[])
      : []
    problems =
      fields.length > 0
        ? fields.map((f) =>
            problem(400, `${fieldName(f.path)}：${f.message}`, `${fieldName(f.path)}: ${f.message}`),
          )
        : [problem(n.status, errorMessage(n.code, details, 'zh-CN'), errorMessage(n.code, details, 'en'))]
    // The spec knows 404, 403 and 400: a refusal of another kind answers 400 with its own code in
    // the body; rate limits keep 429 (with Retry-After) and server failures their 5xx.
    status = n.status >= 500 || [400, 403, 404, 429].includes(n.status) ? n.status : 400
    if (n.code === 'RATE_LIMITED' && typeof n.details.retryAfterSeconds === 'number')
      void reply.header('retry-after', String(n.details.retryAfterSeconds))
  }
  const list = errorDoc(problems, request.locale).filter(
    (p, i, all) => all.findIndex((q) => q.description === p.description) === i,
  )
  return send(reply, formatOf(request.url), 'errors', list, status)
}

function stringField(source: unknown, name: string): string | undefined {
  if (source === null || typeof source !== 'object') return undefined
  const value = (source as Record<string, unknown>)[name]
  return typeof value === 'string' ? value : undefined
}

export function open311Routes(ctx: AppContext) {
  /** The client a POST's api_key names, found before the form is validated (a bad key is a 403 first). */
  const clients = new WeakMap<FastifyRequest, Open311ClientTable>()
  return defineRoutes((app) => {
    app.setErrorHandler((error, request, reply) => sendProblems(request, reply, error))
    app.setNotFoundHandler((request, reply) =>
      sendProblems(request, reply, new AppError('ROUTE_NOT_FOUND', { open311: [noSuchResource(request)] })),
    )

    app.get(
      '/discovery.:format',
      {
        config: publicRead,
        schema: {
          tags: ['open311'],
          summary: 'Open311 service discovery: the GeoReport v2 endpoint, its formats and how to get a key',
          params: FormatParams,
          querystring: JurisdictionQuery,
          response: { 200: Discovery, ...errorResponses },
        },
      },
      async (request, reply) => {
        const baseUrl = `${request.protocol}://${request.host}/open311/v2`
        return send(reply, request.params.format, 'discovery', await getDiscovery({ db: ctx.db, baseUrl }))
      },
    )

    app.get(
      '/services.:format',
      {
        config: publicRead,
        schema: {
          tags: ['open311'],
          summary: 'Open311 services: the request categories marked public',
          params: FormatParams,
          querystring: JurisdictionQuery,
          response: { 200: ServiceList, ...errorResponses },
        },
      },
      async (request, reply) =>
        send(
          reply,
          request.params.format,
          'services',
          await listServices({ db: ctx.db, jurisdictionId: request.query.jurisdiction_id }),
        ),
    )

    app.get(
      '/services/:file',
      {
        config: publicRead,
        schema: {
          tags: ['open311'],
          summary: 'Open311 service definition: the attributes a request of this service may carry',
          params: FileParams,
          querystring: JurisdictionQuery,
          response: { 200: ServiceDefinition, ...errorResponses },
        },
      },
      async (request, reply) => {
        const { name, format } = splitFile(request.params.file)
        const doc = await getServiceDefinition({
          db: ctx.db,
          jurisdictionId: request.query.jurisdiction_id,
          serviceCode: name,
        })
        return send(reply, format, 'service_definition', doc)
      },
    )

    app.post(
      '/requests.:format',
      {
        config: filing,
        preValidation: async (request) => {
          const apiKey = stringField(request.body, 'api_key') ?? stringField(request.query, 'api_key')
          clients.set(request, await authenticateClient({ db: ctx.db, apiKey }))
        },
        schema: {
          tags: ['open311'],
          summary:
            'Open311 POST request (api_key required): placed by address_id (a building’s org code), lat/long (the nearest building) or address_string; answered at once with its service_request_id',
          consumes: ['application/x-www-form-urlencoded', 'application/json'],
          params: FormatParams,
          querystring: PostRequestQuery,
          body: PostRequestBody,
          response: { 200: PostResult, ...errorResponses },
        },
      },
      async (request, reply) => {
        const client = clients.get(request)
        if (!client) throw new AppError('INTERNAL', { reason: 'open311 client not resolved' })
        const docs = await fileOpen311Request({
          db: ctx.db,
          pii: ctx.pii,
          client,
          actor: anonymousActor(request, `Open311：${client.name}`),
          fields: request.body,
          attributes: attributesOf(request.body),
          jurisdictionIds: { query: request.query.jurisdiction_id, body: request.body.jurisdiction_id },
          now: ctx.clock(),
        })
        return send(reply, request.params.format, 'service_requests', docs)
      },
    )

    app.get(
      '/requests.:format',
      {
        config: publicRead,
        schema: {
          tags: ['open311'],
          summary:
            'Open311 GET requests: public categories only, moderated text only, building-level address; newest first, 90 days, at most 1000',
          params: FormatParams,
          querystring: RequestsQuery,
          response: { 200: RequestList, ...errorResponses },
        },
      },
      async (request, reply) =>
        send(
          reply,
          request.params.format,
          'service_requests',
          await listPublicRequests({ db: ctx.db, query: request.query, now: ctx.clock() }),
        ),
    )

    app.get(
      '/requests/:file',
      {
        config: publicRead,
        schema: {
          tags: ['open311'],
          summary:
            'Open311 GET one request by its service_request_id (320812400001-2026-000123): a list of one',
          params: FileParams,
          querystring: OneRequestQuery,
          response: { 200: RequestList, ...errorResponses },
        },
      },
      async (request, reply) => {
        const { name, format } = splitFile(request.params.file)
        const docs = await getPublicRequest({
          db: ctx.db,
          id: name,
          jurisdictionId: request.query.jurisdiction_id,
          extensions: request.query.extensions,
        })
        return send(reply, format, 'service_requests', docs)
      },
    )

    app.get(
      '/tokens/:file',
      {
        config: publicRead,
        schema: {
          tags: ['open311'],
          summary: 'Open311 GET token: requests are answered at once, so a token is its service_request_id',
          params: FileParams,
          querystring: JurisdictionQuery,
          response: { 200: TokenResult, ...errorResponses },
        },
      },
      async (request, reply) => {
        const { name, format } = splitFile(request.params.file)
        const docs = await resolveToken({
          db: ctx.db,
          token: name,
          jurisdictionId: request.query.jurisdiction_id,
        })
        return send(reply, format, 'service_requests', docs)
      },
    )
  })
}
