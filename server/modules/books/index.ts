// 三保留 — 财务独立核算: each village's own books.
export { booksRoutes } from './books.routes.js'
export { legacyRoutes } from './legacy.routes.js'
export { confirmedOpenings } from './opening.repository.js'
export { draftVoucher, requireBook, villageBooks } from './books.service.js'
export { getStatement } from './statements.service.js'
export { previousPeriod } from './books.domain.js'
export { accountFigures } from './statements.service.js'
