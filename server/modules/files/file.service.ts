// Uploads of photos and receipts. The type is sniffed from the bytes; a file that is not an image
// or a PDF is refused whatever it claims to be.
import type { Db } from '../../db/index.js'
import { requirePermissionSomewhere, type Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { sniffType, type FileStore } from '../../platform/files.js'

export interface FileView {
  id: string
  size: number
  mime: string
}

export async function storeUpload({
  db,
  files,
  actor,
  content,
  now,
}: {
  db: Db
  files: FileStore
  actor: Actor
  content: Buffer
  now: number
}): Promise<FileView> {
  requirePermissionSomewhere(actor, 'file.upload')
  const mime = sniffType(content)
  if (!mime)
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      allowed: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/heic', 'application/pdf'],
    })
  return saveFile({ db, files, actor, content, mime, now })
}

/**
 * Stores checked bytes and their row, and audits the upload. The bytes reach disk before the row
 * that names them commits, so a row never points at nothing. `via` marks uploads from outside a
 * session (the public form) in the audit log.
 */
export async function saveFile({
  db,
  files,
  actor,
  content,
  mime,
  now,
  via,
}: {
  db: Db
  files: FileStore
  actor: Actor
  content: Buffer
  mime: string
  now: number
  via?: 'public'
}): Promise<FileView> {
  const stored = await files.put(content)
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('files')
      .values({ id: stored.id, size: stored.size, mime, created_at: now, created_by: actor.userId })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute()
    await recordAudit(trx, {
      actor,
      action: 'file.upload',
      targetType: 'file',
      targetId: stored.id,
      summary: { size: stored.size, mime, ...(via ? { via } : {}) },
      at: now,
    })
  })
  return { id: stored.id, size: stored.size, mime }
}

/** For now a file is readable by whoever uploaded it; features that attach files widen this per item. */
export async function openUpload({
  db,
  files,
  actor,
  id,
}: {
  db: Db
  files: FileStore
  actor: Actor
  id: string
}) {
  const row = await db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row || (actor.kind !== 'system' && row.created_by !== actor.userId)) throw notFoundOrNoAccess('file')
  return { mime: row.mime, size: row.size, stream: files.open(id) }
}
