export { authRoutes } from './auth.routes.js'
export { Me } from './auth.schemas.js'
export { createUser, grantRole, setPassword, type NewUser } from './user.service.js'
export { insertGrant } from './user.repository.js'
