// 三保留 — the collective economic organisation: decisions, members and shares.
export { collectiveRoutes } from './collective.routes.js'
export { holdingsOf } from './collective.service.js'
export { distributionView } from './distribution.service.js'
