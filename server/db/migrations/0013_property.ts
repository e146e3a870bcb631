// 红管家 (红色物业): property orders on the one work-item engine (kind 'property'), and maintenance
// plans against the facilities registry. Filled in with the property module.
import type { Kysely } from 'kysely'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against whatever exists
export async function up(_db: Kysely<any>): Promise<void> {}
