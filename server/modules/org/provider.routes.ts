import type { AppContext } from '../../platform/context.js'
import { actorOf } from '../../platform/http/auth.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { commonErrors, ErrorBody } from '../../platform/http/schemas.js'
import { NodeParams } from './org.schemas.js'
import { CreateProviderBody, ProviderList, ProviderListQuery, ProviderView } from './provider.schemas.js'
import { createProvider, listNodeProviders } from './provider.service.js'

export function providerRoutes(ctx: AppContext) {
  return defineRoutes((app) => {
    app.post(
      '/providers',
      {
        schema: {
          tags: ['providers'],
          summary:
            'Register a provider outside the community (property company, police station, utility …) serving an area',
          body: CreateProviderBody,
          response: { 201: ProviderView, 422: ErrorBody, ...commonErrors },
        },
      },
      async (request, reply) => {
        const provider = await createProvider({
          db: ctx.db,
          pii: ctx.pii,
          actor: actorOf(request),
          input: request.body,
          now: ctx.clock(),
        })
        return reply.code(201).send(provider)
      },
    )
    app.get(
      '/org/nodes/:id/providers',
      {
        schema: {
          tags: ['providers'],
          summary:
            'Providers serving a node (registered at it or at any node above it); phones masked unless unmask=true',
          params: NodeParams,
          querystring: ProviderListQuery,
          response: { 200: ProviderList, ...commonErrors },
        },
      },
      async (request) =>
        listNodeProviders({
          db: ctx.db,
          pii: ctx.pii,
          actor: actorOf(request),
          nodeId: request.params.id,
          unmask: request.query.unmask ?? false,
          now: ctx.clock(),
        }),
    )
  })
}
