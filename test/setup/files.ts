// Uploads for database tests: a photo as a phone's camera sends it, through POST /api/v1/files.
import { expect } from 'vitest'
import type { Client } from './app.js'

/** A 1×1 PNG: a photo or a receipt, as far as the type sniffing is concerned. */
export const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

/** Uploads `content` (a PNG unless said otherwise) as the client and returns its file id. */
export async function upload(c: Client, content: Buffer = png, fileName = 'photo.png'): Promise<string> {
  const boundary = `----tongxin${Date.now()}`
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  const res = await c.request('POST', '/api/v1/files', payload, {
    'content-type': `multipart/form-data; boundary=${boundary}`,
  })
  expect(res.statusCode, res.body).toBe(201)
  return res.json<{ id: string }>().id
}
