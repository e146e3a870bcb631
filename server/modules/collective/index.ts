// 三保留 — the collective economic organisation: decisions, members and shares.
export { collectiveRoutes } from './collective.routes.js'
export { holdingsOf } from './collective.service.js'
export { distributionView } from './distribution.service.js'
export { confirmMember, createPlan, recordDecision, recordShareEvent } from './collective.service.js'
export { approveDistribution, draftDistribution, postDistribution } from './distribution.service.js'
