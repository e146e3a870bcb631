export { fileRoutes } from './file.routes.js'
export { storeUpload, saveFile } from './file.service.js'
