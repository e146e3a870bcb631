// The community's service centre ("5+3+1+N"): rooms, bookings and activities.
export { centreRoutes } from './centre.routes.js'
export { createRoom } from './centre.service.js'
