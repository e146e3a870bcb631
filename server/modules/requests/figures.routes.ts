// Figures of residents' requests per grid, community and office, with drill-down to the items.
import type { AppContext } from '../../platform/context.js'
import { defineRoutes } from '../../platform/http/routes.js'

export function figureRoutes(_ctx: AppContext) {
  return defineRoutes(() => undefined)
}
