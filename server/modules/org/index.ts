export { orgRoutes } from './org.routes.js'
export { createOrgNode, getOrgNode, getOrgTree, type NewOrgNode } from './org.service.js'
export { OrgNodeView, NodeParams } from './org.schemas.js'
export { pathIds, childPath, kindRank } from './org.domain.js'
