// Name searches inside one community: with only (name, path) indexes, a one-character surname
// prefix walks the whole district's range for that surname before the path filter applies
// (measured: ~100 ms per search at 500,000 persons). Led by the community, the range is small.
import type { Kysely } from 'kysely'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against whatever exists
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('persons_community_name')
    .on('persons')
    .columns(['community_id', 'name'])
    .execute()
  await db.schema
    .createIndex('persons_community_pinyin')
    .on('persons')
    .columns(['community_id', 'name_pinyin'])
    .execute()
  await db.schema
    .createIndex('persons_community_initials')
    .on('persons')
    .columns(['community_id', 'name_initials'])
    .execute()
}
