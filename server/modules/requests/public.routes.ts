// 码上说: the public intake behind each building's QR code, and the resident's follow-up page.
import type { AppContext } from '../../platform/context.js'
import { defineRoutes } from '../../platform/http/routes.js'

export function publicRequestRoutes(_ctx: AppContext) {
  return defineRoutes(() => undefined)
}
