import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import type { Readable } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LocalFileStore, sniffType } from './files.js'

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort()
}

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex')

describe('content-addressed file store', () => {
  let dir: string
  let store: LocalFileStore
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tongxin-files-'))
    store = new LocalFileStore(join(dir, 'files'))
  })
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it('names a file by the SHA-256 of its bytes and stores the same bytes only once', async () => {
    const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('楼道堆物 照片', 'utf8')])
    const first = await store.put(photo)
    const again = await store.put(Buffer.from(photo))
    const other = await store.put(Buffer.from('another receipt'))

    expect(first).toEqual({ id: sha256(photo), size: photo.length })
    expect(again).toEqual(first)
    expect(other.id).not.toBe(first.id)
    expect(filesUnder(store.root)).toEqual(
      [
        join(first.id.slice(0, 2), first.id.slice(2, 4), first.id),
        join(other.id.slice(0, 2), other.id.slice(2, 4), other.id),
      ].sort(),
    )
  })

  it('reads a stored file back byte for byte', async () => {
    const content = Buffer.alloc(300_000)
    for (let i = 0; i < content.length; i++) content[i] = (i * 31 + 7) % 256
    const { id } = await store.put(content)
    const back = await readAll(store.open(id))
    expect(back.equals(content)).toBe(true)
  })

  it('leaves no temporary files behind, also when the same file is uploaded many times at once', async () => {
    const content = Buffer.from('%PDF-1.7 征收补偿协议')
    const results = await Promise.all(Array.from({ length: 8 }, () => store.put(Buffer.from(content))))
    await store.put(Buffer.from('second file'))

    expect(new Set(results.map((r) => r.id))).toEqual(new Set([sha256(content)]))
    const files = filesUnder(store.root)
    expect(files).toHaveLength(2)
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([])
    expect((await readAll(store.open(sha256(content)))).equals(content)).toBe(true)
  })

  it('tells whether it holds a file', async () => {
    const { id } = await store.put(Buffer.from('hello'))
    expect(await store.has(id)).toBe(true)
    expect(await store.has(sha256(Buffer.from('never stored')))).toBe(false)
    expect(await store.has('not-an-id')).toBe(false)
  })

  it('refuses ids that are not 64 lowercase hex characters, so no path leaves the store', async () => {
    // A file outside the store that a traversing id would reach.
    writeFileSync(join(dir, 'secret.txt'), 'TONGXIN_SECRET=…')
    const { id } = await store.put(Buffer.from('inside'))
    const bad = [
      '../secret.txt',
      `../../../secret.txt`,
      `${id.slice(0, 2)}/../../secret.txt`,
      `../${id.slice(3)}`,
      id.slice(0, 63),
      `${id}0`,
      id.toUpperCase(),
      `${id.slice(0, 63)}g`,
      '',
    ]
    for (const candidate of bad) {
      expect(() => store.open(candidate), candidate).toThrow(/not a file id/)
      expect(await store.has(candidate), candidate).toBe(false)
    }
  })

  it('reports a missing file as an error on the stream, not as empty content', async () => {
    const stream = store.open(sha256(Buffer.from('never stored')))
    await expect(readAll(stream)).rejects.toMatchObject({ code: 'ENOENT' })
  })
})

describe('file type sniffing', () => {
  const bytes = (...parts: (number[] | string)[]): Buffer =>
    Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))))

  it('recognises the image and document types residents upload from their first bytes', () => {
    expect(sniffType(bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF'))).toBe('image/jpeg')
    expect(sniffType(bytes([0xff, 0xd8, 0xff, 0xe1], 'Exif'))).toBe('image/jpeg')
    expect(sniffType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR'))).toBe(
      'image/png',
    )
    expect(sniffType(bytes('RIFF', [0x24, 0x00, 0x00, 0x00], 'WEBPVP8 '))).toBe('image/webp')
    expect(sniffType(bytes('GIF89a', [1, 0, 1, 0]))).toBe('image/gif')
    expect(sniffType(bytes('GIF87a', [1, 0, 1, 0]))).toBe('image/gif')
    expect(sniffType(bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0]))).toBe('image/heic')
    expect(sniffType(bytes('%PDF-1.4\n%âãÏÓ\n'))).toBe('application/pdf')
  })

  it('refuses a text file renamed .jpg, and arbitrary bytes', () => {
    expect(sniffType(Buffer.from('这不是照片，只是改了扩展名的文本文件。\n', 'utf8'))).toBeUndefined()
    expect(
      sniffType(bytes([0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b])),
    ).toBeUndefined()
    expect(sniffType(Buffer.alloc(0))).toBeUndefined()
  })

  it('refuses HTML and SVG, which a browser would run as a page', () => {
    expect(sniffType(Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>'))).toBeUndefined()
    expect(sniffType(Buffer.from('<html><body onload="steal()">'))).toBeUndefined()
    expect(sniffType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="x()"/>'))).toBeUndefined()
    // HTML that starts with a BOM or whitespace is still not an image.
    expect(sniffType(Buffer.from('\ufeff  <html>'))).toBeUndefined()
  })

  it('refuses truncated or look-alike headers', () => {
    expect(sniffType(bytes([0xff, 0xd8]))).toBeUndefined()
    expect(sniffType(bytes([0x89], 'PNG'))).toBeUndefined()
    expect(sniffType(bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '))).toBeUndefined()
    expect(sniffType(bytes('GIF88a'))).toBeUndefined()
    expect(sniffType(bytes('%PDF'))).toBeUndefined()
    expect(sniffType(bytes([0, 0, 0, 0x18], 'ftypmp42'))).toBeUndefined()
  })
})
