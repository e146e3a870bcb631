// 三保留 — the village collective's land, assets and contracts.
export { estateRoutes } from './estate.routes.js'
export { registerEstateJobs, releaseDueYears, CONTRACT_JOB } from './contracts.service.js'
export { estateForDisclosure, type EstateDisclosure } from './disclosure.service.js'
export {
  addDays,
  addMonths,
  allocate,
  generateSchedule,
  splitReceipt,
  totalFromAnnualRent,
  yearOf,
  yearShares,
  type Frequency,
} from './estate.domain.js'
