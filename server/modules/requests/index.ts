export { requestRoutes } from './request.routes.js'
export { whistleRoutes } from './whistle.routes.js'
export { publicRequestRoutes } from './public.routes.js'
export { figureRoutes } from './figures.routes.js'
export { registerSlaJobs } from './sla.service.js'
export { registerNotificationJobs, logSender, type NotificationSender } from './notify.service.js'
export { createItem, placeAt, checkedPhone, type Placement } from './intake.service.js'
export {
  workStates,
  workStateNamesZh,
  workLevelNamesZh,
  outcomeNamesZh,
  requestTypes,
  requestTypeNamesZh,
  urgencies,
  type WorkState,
  type WorkLevel,
  type Outcome,
  type RequestType,
  type Urgency,
} from './workflow.domain.js'
export { actOnItem } from './request.service.js'
export { blowWhistle, reportToWhistle } from './whistle.service.js'
export { getFigures, drillDown, rebuildFigures } from './figure.service.js'
