export { villageRoutes } from './village.routes.js'
export {
  createVillage,
  getVillage,
  linkVillage,
  listVillagesOfCommunity,
  unlinkVillage,
} from './village.service.js'
export { VillageView, CommunityVillageView } from './village.schemas.js'
export { listHostCommunities } from './village.repository.js'
