// 协商议事: topics, meetings, votes, decisions and their follow-through tasks (work items of kind
// 'task'). Filled in with the consultations module.
import type { Kysely } from 'kysely'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against whatever exists
export async function up(_db: Kysely<any>): Promise<void> {}
