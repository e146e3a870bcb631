// 三保留 — the collective economic organisation: decisions, members and shares.
export { collectiveRoutes } from './collective.routes.js'
export { confirmMember, createPlan, recordDecision, recordShareEvent } from './collective.service.js'
