// What every route handler can reach: the database, configuration and platform services. Built
// once in app.ts and passed to each module's routes explicitly.
import type { Config } from '../config.js'
import type { Db, Dialect } from '../db/index.js'
import type { FileStore } from './files.js'
import type { JobRunner } from './jobs.js'
import type { PiiKeys } from './pii.js'
import type { Clock } from './time.js'

export interface AppContext {
  config: Config
  db: Db
  dialect: Dialect
  files: FileStore
  pii: PiiKeys
  jobs: JobRunner
  clock: Clock
  /** Key that signs device cookies (see modules/accounts). */
  deviceKey: Buffer
}
