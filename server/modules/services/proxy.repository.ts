// 红代办's reads and writes beside the engine's: the money book and the resident's care tags.
import type { Executor, OrgNodeTable, ProxyMoneyEntryTable } from '../../db/index.js'
import { toNumber } from '../../db/index.js'
import { careTags } from '../registry/index.js'

export type EntryRow = ProxyMoneyEntryTable

export async function listEntries(db: Executor, itemId: string): Promise<EntryRow[]> {
  return db
    .selectFrom('proxy_money_entries')
    .selectAll()
    .where('item_id', '=', itemId)
    .orderBy('seq')
    .execute()
}

/** The next entry number of an item; the caller holds the item's row lock. */
export async function nextSeq(db: Executor, itemId: string): Promise<number> {
  const row = await db
    .selectFrom('proxy_money_entries')
    .select((eb) => eb.fn.max('seq').as('m'))
    .where('item_id', '=', itemId)
    .executeTakeFirst()
  return toNumber(row?.m) + 1
}

export async function insertEntry(db: Executor, entry: EntryRow): Promise<void> {
  await db.insertInto('proxy_money_entries').values(entry).execute()
}

/** A receipt of the item's book, with its stored type and size. */
export async function receiptOfItem(
  db: Executor,
  itemId: string,
  fileId: string,
): Promise<{ mime: string; size: number } | undefined> {
  return db
    .selectFrom('proxy_money_entries as e')
    .innerJoin('files as f', 'f.id', 'e.receipt_file_id')
    .select(['f.mime', 'f.size'])
    .where('e.item_id', '=', itemId)
    .where('e.receipt_file_id', '=', fileId)
    .limit(1)
    .executeTakeFirst()
}

/** A photo attached to one of the item's steps (a hand-over, a remark). */
export async function stepPhotoOfItem(
  db: Executor,
  itemId: string,
  fileId: string,
): Promise<{ mime: string; size: number } | undefined> {
  return db
    .selectFrom('work_item_files as wf')
    .innerJoin('files as f', 'f.id', 'wf.file_id')
    .select(['f.mime', 'f.size'])
    .where('wf.item_id', '=', itemId)
    .where('wf.file_id', '=', fileId)
    .limit(1)
    .executeTakeFirst()
}

/** The person's current care tags (never the restricted ones). */
export async function carePersonTags(db: Executor, personId: string, today: string): Promise<string[]> {
  const rows = await db
    .selectFrom('person_tags')
    .select('tag')
    .where('person_id', '=', personId)
    .where('tag', 'in', [...careTags])
    .where((eb) => eb.or([eb('until_on', 'is', null), eb('until_on', '>=', today)]))
    .orderBy('tag')
    .execute()
  return rows.map((r) => r.tag)
}

export async function findNode(db: Executor, id: string): Promise<OrgNodeTable | undefined> {
  return db.selectFrom('org_nodes').selectAll().where('id', '=', id).executeTakeFirst()
}
