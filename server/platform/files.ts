// Photos and receipts: content-addressed files (named by their SHA-256) under the data directory,
// behind an interface that an object store can implement later. A file is written to a temporary
// name, flushed to disk, then renamed, so a crash never leaves a half-written file under its hash.
import { createHash, randomBytes } from 'node:crypto'
import { createReadStream, existsSync } from 'node:fs'
import { mkdir, open, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Readable } from 'node:stream'

export interface StoredFile {
  id: string
  size: number
}

export interface FileStore {
  put(content: Buffer): Promise<StoredFile>
  has(id: string): Promise<boolean>
  open(id: string): Readable
}

const idPattern = /^[0-9a-f]{64}$/

export class LocalFileStore implements FileStore {
  constructor(readonly root: string) {}

  #pathOf(id: string): string {
    if (!idPattern.test(id)) throw new Error(`not a file id: ${id}`)
    return join(this.root, id.slice(0, 2), id.slice(2, 4), id)
  }

  async put(content: Buffer): Promise<StoredFile> {
    const id = createHash('sha256').update(content).digest('hex')
    const target = this.#pathOf(id)
    if (existsSync(target)) return { id, size: content.length }
    const dir = join(this.root, id.slice(0, 2), id.slice(2, 4))
    await mkdir(dir, { recursive: true })
    const temp = join(dir, `.${id}.${randomBytes(6).toString('hex')}.tmp`)
    const handle = await open(temp, 'wx', 0o640)
    try {
      await handle.writeFile(content)
      await handle.sync()
    } finally {
      await handle.close()
    }
    try {
      await rename(temp, target)
      const dirHandle = await open(dir, 'r')
      await dirHandle.sync().finally(() => dirHandle.close())
    } catch (error) {
      await rm(temp, { force: true })
      throw error
    }
    return { id, size: content.length }
  }

  async has(id: string): Promise<boolean> {
    try {
      return (await stat(this.#pathOf(id))).isFile()
    } catch {
      return false
    }
  }

  open(id: string): Readable {
    return createReadStream(this.#pathOf(id))
  }
}

export type SniffedType =
  'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif' | 'image/heic' | 'application/pdf'

/** The real type of a file from its first bytes; the declared Content-Type is not trusted. */
export function sniffType(content: Buffer): SniffedType | undefined {
  const b = content
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg'
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png'
  if (b.length >= 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP')
    return 'image/webp'
  if (b.length >= 6 && ['GIF87a', 'GIF89a'].includes(b.toString('latin1', 0, 6))) return 'image/gif'
  if (
    b.length >= 12 &&
    b.toString('latin1', 4, 8) === 'ftyp' &&
    /^(heic|heix|mif1|msf1)$/.test(b.toString('latin1', 8, 12))
  )
    return 'image/heic'
  if (b.length >= 5 && b.toString('latin1', 0, 5) === '%PDF-') return 'application/pdf'
  return undefined
}
