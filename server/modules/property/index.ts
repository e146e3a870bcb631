// 红管家 (红色物业): property orders on the one work-item engine, and maintenance plans.
export { propertyRoutes } from './property.routes.js'
export { createPlan, registerPropertyJobs, openDueOrders } from './plan.service.js'
export { actOnProperty, fileProperty } from './property.service.js'
