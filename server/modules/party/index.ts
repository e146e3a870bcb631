// 党员报到: party members reporting in where they live.
export { partyRoutes } from './party.routes.js'
