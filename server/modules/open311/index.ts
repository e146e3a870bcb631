export { open311Routes } from './open311.routes.js'
export {
  createOpen311Client,
  revokeOpen311Client,
  listOpen311Clients,
  type ClientView as Open311ClientView,
} from './open311-client.service.js'
