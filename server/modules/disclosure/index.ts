// 财务公开: disclosure tables of a village's collective, and members' own accounts.
export { disclosureRoutes } from './disclosure.routes.js'
export { linkMemberAccount, publishDisclosure } from './disclosure.service.js'
