// Open311 GeoReport v2 at /open311/v2.
import type { AppContext } from '../../platform/context.js'
import { defineRoutes } from '../../platform/http/routes.js'

export function open311Routes(_ctx: AppContext) {
  return defineRoutes(() => undefined)
}
