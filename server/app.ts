// Assembles the HTTP application from explicit parts, so the whole route table reads in one file.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify'
import cookie from '@fastify/cookie'
import cors from '@fastify/cors'
import formbody from '@fastify/formbody'
import multipart from '@fastify/multipart'
import rateLimit from '@fastify/rate-limit'
import fastifyStatic from '@fastify/static'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { AppContext } from './platform/context.js'
import { AppError } from './platform/errors.js'
import { registerAuth } from './platform/http/auth.js'
import { registerErrorHandling, sendError } from './platform/http/error-handler.js'
import { registerJsonParser } from './platform/http/json-parser.js'
import { registerSecurityHeaders } from './platform/http/security-headers.js'
import { validatorCompiler } from './platform/http/validation.js'
import { randomBytes } from 'node:crypto'
import { authRoutes } from './modules/accounts/index.js'
import { auditRoutes } from './modules/audit/index.js'
import { fileRoutes } from './modules/files/index.js'
import { facilityRoutes, orgRoutes, providerRoutes, unitRoutes } from './modules/org/index.js'
import { villageRoutes } from './modules/villages/index.js'
import { healthRoutes } from './modules/system/index.js'
import { importRoutes } from './modules/imports/index.js'
import { figureRoutes, publicRequestRoutes, requestRoutes, whistleRoutes } from './modules/requests/index.js'
import { open311Routes } from './modules/open311/index.js'
import { proxyRoutes } from './modules/services/index.js'
import { centreRoutes } from './modules/centre/index.js'
import { propertyRoutes } from './modules/property/index.js'
import { consultRoutes } from './modules/consult/index.js'
import { partyRoutes } from './modules/party/index.js'
import { booksRoutes, legacyRoutes } from './modules/books/index.js'
import { collectiveRoutes } from './modules/collective/index.js'
import { disclosureRoutes } from './modules/disclosure/index.js'
import { estateRoutes } from './modules/estate/index.js'
import {
  contactRoutes,
  householdRoutes,
  personRoutes,
  postRoutes,
  tagRoutes,
} from './modules/registry/index.js'

export const API_PREFIX = '/api/v1'

function requestIds(): () => string {
  const prefix = randomBytes(4).toString('hex')
  let n = 0
  return () => `${prefix}-${(++n).toString(36)}`
}

export interface BuildOptions {
  /** Directory of the built web app; served with a fallback to index.html for client routes. */
  webRoot?: string | undefined
  logger?: boolean
}

export async function buildApp(ctx: AppContext, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger === false ? false : { level: ctx.config.logLevel },
    trustProxy: ctx.config.trustProxy,
    bodyLimit: 256 * 1024,
    // Request ids: a per-process random prefix and a counter (unique, and cheaper than a UUID).
    genReqId: requestIds(),
    requestIdHeader: false,
    routerOptions: { maxParamLength: 200 },
  })
  app.setValidatorCompiler(validatorCompiler)
  registerJsonParser(app)
  registerErrorHandling(app)

  await app.register(cookie)
  registerSecurityHeaders(app, { hsts: ctx.config.cookieSecure })
  if (ctx.config.corsOrigins.length > 0) {
    await app.register(cors, { origin: ctx.config.corsOrigins, credentials: true })
  }
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => {
      const error = new AppError('RATE_LIMITED', { retryAfterSeconds: Math.ceil(context.ttl / 1000) })
      return error
    },
  })
  await app.register(formbody)
  await app.register(multipart, { limits: { fileSize: ctx.config.uploadMaxBytes, files: 5, fields: 20 } })

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tongxin 同心 API',
        version: '1',
        description:
          'Governing new resettlement communities. Errors are always { error: { code, message, details } }, the message in the language of Accept-Language (zh-CN or en). Writes signed in by cookie must send X-CSRF-Token.',
      },
      servers: [],
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'tx_session' } },
      },
      security: [{ session: [] }],
    },
  })
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list' },
    staticCSP: true,
  })

  registerAuth(app, ctx)

  await app.register(
    async (api) => {
      await api.register(healthRoutes(ctx))
      await api.register(authRoutes(ctx))
      await api.register(orgRoutes(ctx))
      await api.register(unitRoutes(ctx))
      await api.register(facilityRoutes(ctx))
      await api.register(providerRoutes(ctx))
      await api.register(villageRoutes(ctx))
      await api.register(auditRoutes(ctx))
      await api.register(fileRoutes(ctx))
      await api.register(personRoutes(ctx))
      await api.register(householdRoutes(ctx))
      await api.register(tagRoutes(ctx))
      await api.register(postRoutes(ctx))
      await api.register(contactRoutes(ctx))
      await api.register(importRoutes(ctx))
      await api.register(requestRoutes(ctx))
      await api.register(whistleRoutes(ctx))
      await api.register(publicRequestRoutes(ctx))
      await api.register(figureRoutes(ctx))
      await api.register(proxyRoutes(ctx))
      await api.register(centreRoutes(ctx))
      await api.register(propertyRoutes(ctx))
      await api.register(consultRoutes(ctx))
      await api.register(partyRoutes(ctx))
      await api.register(booksRoutes(ctx))
      await api.register(legacyRoutes(ctx))
      await api.register(collectiveRoutes(ctx))
      await api.register(disclosureRoutes(ctx))
      await api.register(estateRoutes(ctx))
    },
    { prefix: API_PREFIX },
  )
  await app.register(open311Routes(ctx), { prefix: '/open311/v2' })

  const webRoot = options.webRoot
  if (webRoot && existsSync(join(webRoot, 'index.html'))) {
    // serve: false — files are sent only by the routes below, which are public by declaration.
    await app.register(fastifyStatic, { root: webRoot, serve: false })
    const sendApp = (reply: FastifyReply) => reply.header('cache-control', 'no-cache').sendFile('index.html')
    app.get('/', { config: { auth: 'public' }, schema: { hide: true } }, (_request, reply) => sendApp(reply))
    app.get('/assets/*', { config: { auth: 'public' }, schema: { hide: true } }, (request, reply) => {
      const rest = (request.params as { '*': string })['*']
      if (!/^[\w.-]+$/.test(rest)) return sendError(request, reply, new AppError('ROUTE_NOT_FOUND'))
      return reply.header('cache-control', 'public, max-age=31536000, immutable').sendFile(`assets/${rest}`)
    })
    // Files at the root of the build (icons), and client-side routes: a GET for a page answers with
    // the app. API paths stay JSON 404s.
    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? ''
      const isApi = path.startsWith('/api/') || path.startsWith('/open311/')
      if (isApi || (request.method !== 'GET' && request.method !== 'HEAD')) {
        return sendError(request, reply, new AppError('ROUTE_NOT_FOUND'))
      }
      const rootFile = /^\/([\w-]+\.(?:svg|png|ico|txt|webmanifest))$/.exec(path)?.[1]
      if (rootFile && existsSync(join(webRoot, rootFile))) return reply.sendFile(rootFile)
      if ((request.headers.accept ?? '').includes('text/html')) return sendApp(reply)
      return sendError(request, reply, new AppError('ROUTE_NOT_FOUND'))
    })
  } else {
    app.setNotFoundHandler((request, reply) => sendError(request, reply, new AppError('ROUTE_NOT_FOUND')))
  }

  return app
}
