export { personRoutes } from './person.routes.js'
export {
  addressesOf,
  buildPersonRow,
  canReadPerson,
  createPerson,
  requireReadablePerson,
  searchPersons,
  toPersonViews,
  validateIdentity,
  validatedPhone,
} from './person.service.js'
export { checkIdentityDocument, checkPhone, nameKeys, residentIdCheckChar } from './person.domain.js'
