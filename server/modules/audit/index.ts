export { auditRoutes } from './audit.routes.js'
export { listAudit } from './audit.service.js'
