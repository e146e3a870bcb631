export { importRoutes, IMPORT_MAX_BYTES } from './import.routes.js'
export {
  cliImportTarget,
  registerImportJobs,
  runImport,
  startImport,
  IMPORT_JOB,
  type Progress,
} from './import.service.js'
export { buildTemplate } from './template.js'
export { layouts } from './import.domain.js'
export type { CellValue, ImportError } from './import.domain.js'
export { looksLikeXlsx, normaliseXlsx, NotAWorkbookError, plainCell } from './xlsx.js'
