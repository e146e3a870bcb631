// An item's photos for whoever may read the item. An upload is otherwise readable only by its
// uploader (files module), so the secretary could not see the photo the grid worker took on patrol;
// a file attached to an item (at intake, at a step, at resolution) is shown to the item's readers.
import type { Readable } from 'node:stream'
import type { Db } from '../../db/index.js'
import type { Actor } from '../../platform/access.js'
import { notFoundOrNoAccess } from '../../platform/errors.js'
import type { FileStore } from '../../platform/files.js'
import { requireRead } from './item.service.js'
import { findItem, listItemFiles } from './request.repository.js'

export async function openItemFile({
  db,
  files,
  actor,
  itemId,
  fileId,
}: {
  db: Db
  files: FileStore
  actor: Actor
  itemId: string
  fileId: string
}): Promise<{ mime: string; size: number; stream: Readable }> {
  const { item } = await requireRead(db, actor, await findItem(db, itemId))
  const file = (await listItemFiles(db, item.id)).find((f) => f.file_id === fileId)
  if (!file) throw notFoundOrNoAccess('file')
  return { mime: file.mime, size: file.size, stream: files.open(fileId) }
}
