export { fileRoutes } from './file.routes.js'
export { storeUpload } from './file.service.js'
