// How stored files and generated downloads leave the server: their type and length, how long a
// browser may keep them, never sniffed into something else, and a download's name in UTF-8.
import type { FastifyReply } from 'fastify'
import type { Readable } from 'node:stream'

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Content-addressed uploads never change: a private cache may keep them for good. */
export const IMMUTABLE_PRIVATE = 'private, max-age=31536000, immutable'

/** Sends a stored file (a photo, a receipt) as it was uploaded. */
export function sendStoredFile(
  reply: FastifyReply,
  file: { mime: string; size: number; stream: Readable },
  cacheControl: string = IMMUTABLE_PRIVATE,
): FastifyReply {
  return reply
    .type(file.mime)
    .header('content-length', String(file.size))
    .header('cache-control', cacheControl)
    .header('x-content-type-options', 'nosniff')
    .send(file.stream)
}

/** Prepares a download named `name` (Chinese kept for browsers that read filename*), never cached. */
export function attachment(reply: FastifyReply, name: string, mime: string): FastifyReply {
  const ascii = name.replace(/[^\w.-]/g, '_')
  return reply
    .type(mime)
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    )
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
}
