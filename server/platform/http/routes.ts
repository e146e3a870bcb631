// Each module's routes are a plain function over a TypeBox-typed Fastify instance, wrapped here
// as a plugin, so handlers get typed params, query and body from their schemas.
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyPluginAsync,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'

export type TypedApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>

export function defineRoutes(define: (app: TypedApp) => void): FastifyPluginAsync {
  return (base) => {
    define(base.withTypeProvider<TypeBoxTypeProvider>())
    return Promise.resolve()
  }
}
