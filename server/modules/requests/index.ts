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
export { getFigures, drillDown, rebuildFigures, checkPeriod } from './figure.service.js'
// The engine, for the other kinds of work item (proxy errands …): their own routes, the same steps.
export {
  ActBody,
  FileId,
  Photos,
  SatisfactionSchema,
  UrgencySchema,
  WorkItemSummary,
  WorkItemView,
  Timeline,
  AssigneeList,
  type UpdateView,
} from './request.schemas.js'
export {
  applyChange,
  canHandle,
  ofKind,
  readAccess,
  requireRead,
  stepAccess,
  toItemView,
  toSummary,
  toUpdateView,
  withSummaryNames,
  itemRef,
  ITEM,
  type SummaryRow,
} from './item.service.js'
export { getItem, getTimeline, listAssignees, type StepExtension } from './request.service.js'
export { checkPhotos, hashToken } from './intake.service.js'
export { queueNotification } from './notify.service.js'
export { findItem, findItemByFeedbackToken, listCategories, lockItem } from './request.repository.js'
export { stateNameZh, actionNameZh, type WorkAction, type WorkKind } from './workflow.domain.js'
export { publicLimits } from './public.routes.js'
