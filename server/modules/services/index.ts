// Services at the door (红代办 first): errands on the one work-item engine.
export { proxyRoutes } from './proxy.routes.js'
export { actOnProxy, fileProxy } from './proxy.service.js'
