export { personRoutes } from './person.routes.js'
export { closeResidence, moveCurrentMembers } from './household.repository.js'
export { householdRoutes } from './household.routes.js'
export { tagRoutes } from './tag.routes.js'
export { postRoutes } from './post.routes.js'
export { contactRoutes } from './contact.routes.js'
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
export {
  ageOn,
  careTags,
  checkIdentityDocument,
  checkPhone,
  nameKeys,
  residentIdCheckChar,
  tagNamesZh,
  type PersonTagName,
} from './person.domain.js'
