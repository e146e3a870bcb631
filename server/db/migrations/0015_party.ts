// 党员报到: party members registering where they live, posts, needs and tasks they claim, service
// hours and organisational life. Filled in with the party module.
import type { Kysely } from 'kysely'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against whatever exists
export async function up(_db: Kysely<any>): Promise<void> {}
