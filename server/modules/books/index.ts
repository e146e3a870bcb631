// 三保留 — 财务独立核算: each village's own books.
export { booksRoutes } from './books.routes.js'
export { addSubAccount, draftVoucher, getTrialBalance, requireBook, villageBooks } from './books.service.js'
export { getStatement } from './statements.service.js'
