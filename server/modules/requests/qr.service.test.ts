import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Fastify from 'fastify'
import QRCode from 'qrcode'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../config.js'
import { AppError } from '../../platform/errors.js'
import { registerErrorHandling } from '../../platform/http/error-handler.js'
import { findCjkFont } from '../../platform/cjk-font.js'
import { pdfStreams } from '../../../test/setup/pdf.js'
import { missingFontMessage, posterPdf, publicFormUrl, qrPng } from './qr.service.js'

// pngjs comes with qrcode (no types of its own): read a PNG into RGBA pixels.
const { PNG } = createRequire(import.meta.url)('pngjs') as {
  PNG: { sync: { read(buffer: Buffer): { width: number; height: number; data: Buffer } } }
}

/** Reads the QR code's modules back from a PNG made with a 4-module quiet zone. */
function modulesOfPng(png: Buffer, size: number): boolean[][] {
  const image = PNG.sync.read(png)
  const span = size + 8
  const out: boolean[][] = []
  for (let row = 0; row < size; row++) {
    const line: boolean[] = []
    for (let col = 0; col < size; col++) {
      const x = Math.floor(((col + 4 + 0.5) * image.width) / span)
      const y = Math.floor(((row + 4 + 0.5) * image.height) / span)
      line.push((image.data[(y * image.width + x) * 4] ?? 255) < 128)
    }
    out.push(line)
  }
  return out
}

function modulesOf(url: string): boolean[][] {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' })
  const size = qr.modules.size
  return Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, col) => Boolean(qr.modules.get(row, col))),
  )
}

describe('码上说 QR codes and posters', () => {
  it('points each building at its public form, under the configured address or the request’s', () => {
    expect(publicFormUrl('https://tongxin.example.org/', '320812400001-B01')).toBe(
      'https://tongxin.example.org/q/320812400001-B01',
    )
    expect(publicFormUrl('http://10.0.0.5:3000', 'A 1/2')).toBe('http://10.0.0.5:3000/q/A%201%2F2')
  })

  it('renders a PNG whose modules are exactly the QR code of the form’s address', async () => {
    const url = 'https://tongxin.example.org/q/320812400001-B01'
    const png = await qrPng(url)
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    const image = PNG.sync.read(png)
    expect([image.width, image.height]).toEqual([600, 600])
    const expected = modulesOf(url)
    expect(modulesOfPng(png, expected.length)).toEqual(expected)
    // …and that QR code carries the address itself, segment by segment.
    const segments = QRCode.create(url, { errorCorrectionLevel: 'M' }).segments as unknown as {
      data: Uint8Array | string
    }[]
    const decoded = segments
      .map((s) => (typeof s.data === 'string' ? s.data : Buffer.from(s.data).toString('utf8')))
      .join('')
    expect(decoded).toBe(url)
    // A different building gives a different picture.
    const other = modulesOfPng(await qrPng(`${url.slice(0, -1)}2`), expected.length)
    expect(other).not.toEqual(expected)
  })

  it('finds the Chinese font on this system, and none in an empty directory', () => {
    const empty = mkdtempSync(join(tmpdir(), 'tongxin-fonts-'))
    try {
      expect(findCjkFont([empty])).toBeNull()
      expect(findCjkFont([join(empty, 'missing')])).toBeNull()
    } finally {
      rmSync(empty, { recursive: true, force: true })
    }
    expect(findCjkFont()?.face).toBe('WenQuanYiMicroHei')
  })

  it('prints an A4 poster in Chinese with the font embedded, one page', async () => {
    const font = findCjkFont()
    const pdf = await posterPdf(
      {
        communityName: '张码花园社区',
        buildingName: '1号楼',
        code: '320812400001-B01',
        url: 'https://tongxin.example.org/q/320812400001-B01',
      },
      font,
    )
    const text = pdf.toString('latin1')
    expect(text.startsWith('%PDF-')).toBe(true)
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+WenQuanYiMicroHei/)
    expect(text.match(/\/Type \/Page\b(?!s)/g)).toHaveLength(1)
    expect(text).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/)
    // The glyphs map back to the poster's Chinese (码 上 说), so it reads as text, not boxes.
    const streams = pdfStreams(pdf).toLowerCase()
    for (const codePoint of ['7801', '4e0a', '8bf4']) expect(streams).toContain(codePoint)
  })

  it('refuses a poster when no Chinese font is installed, naming the font', async () => {
    const error = await posterPdf(
      { communityName: '社区', buildingName: '1号楼', code: 'B01', url: 'http://x/q/B01' },
      null,
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('UNAVAILABLE')
    expect(String((error as AppError).details.reasonZh)).toContain('文泉驿微米黑')
    expect(String((error as AppError).details.reason)).toContain('WenQuanYi Micro Hei')

    // Over HTTP: 503, the font named in the caller's language, no other details.
    const app = Fastify({ logger: false })
    registerErrorHandling(app)
    app.get('/poster', () => {
      throw new AppError('UNAVAILABLE', missingFontMessage)
    })
    for (const [language, words] of [
      ['zh-CN', '文泉驿微米黑'],
      ['en', 'WenQuanYi Micro Hei'],
    ] as const) {
      const res = await app.inject({
        method: 'GET',
        url: '/poster',
        headers: { 'accept-language': language },
      })
      expect(res.statusCode).toBe(503)
      const body = res.json<{ error: { code: string; message: string; details: Record<string, unknown> } }>()
      expect(body.error.code).toBe('UNAVAILABLE')
      expect(body.error.message).toContain(words)
      expect(Object.keys(body.error.details)).toEqual(['requestId'])
    }
    await app.close()
  })

  it('takes the public address from TONGXIN_PUBLIC_URL, checked as an http(s) URL', () => {
    const base = { NODE_ENV: 'test' }
    expect(loadConfig(base).publicUrl).toBeUndefined()
    expect(loadConfig({ ...base, TONGXIN_PUBLIC_URL: 'https://tongxin.example.org/' }).publicUrl).toBe(
      'https://tongxin.example.org',
    )
    expect(loadConfig({ ...base, TONGXIN_PUBLIC_URL: 'http://10.0.0.5:3000/tx/' }).publicUrl).toBe(
      'http://10.0.0.5:3000/tx',
    )
    for (const bad of ['ftp://example.org', 'example.org', 'https://example.org/?a=1', 'https://x/#top'])
      expect(() => loadConfig({ ...base, TONGXIN_PUBLIC_URL: bad }), bad).toThrow(ConfigError)
  })
})
