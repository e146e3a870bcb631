import createClient, { type Middleware } from 'openapi-fetch'
import { currentLocale } from '../i18n/locale'
import { ApiError, NETWORK_ERROR, toApiError } from './errors'
import type { paths } from './schema'

// The CSRF token lives in memory only: it comes with every session response, so a reload fetches
// it again, and nothing persistent can leak it.
let csrfToken: string | null = null

export function setCsrfToken(token: string | null): void {
  csrfToken = token
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

const headers: Middleware = {
  onRequest({ request }) {
    // The server words its error messages in this language.
    request.headers.set('Accept-Language', currentLocale())
    if (!safeMethods.has(request.method) && csrfToken !== null) request.headers.set('X-CSRF-Token', csrfToken)
    return request
  },
}

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' })
api.use(headers)

interface CallResult<T> {
  data?: T
  error?: unknown
  response: Response
}

/** Awaits an openapi-fetch call and returns its data, or throws an ApiError. */
export async function call<T>(request: Promise<CallResult<T>>): Promise<T> {
  let result: CallResult<T>
  try {
    result = await request
  } catch (cause) {
    // fetch rejects only when no HTTP answer arrived; anything else is a bug and should surface.
    if (cause instanceof TypeError) throw new ApiError(0, NETWORK_ERROR, '')
    throw cause
  }
  if (!result.response.ok) throw toApiError(result.response.status, result.error)
  return result.data as T
}

/** Response types of the API, derived from the generated paths so they follow the OpenAPI document. */
type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never
export type Session = JsonOf<paths['/api/v1/auth/session']['get']['responses'][200]>
export type Me = Session['user']
export type Grant = Me['grants'][number]
export type OrgNode = JsonOf<paths['/api/v1/org/tree']['get']['responses'][200]>['nodes'][number]
export type OrgKind = OrgNode['kind']
