// Reading back what the server prints: every stream of a PDF, inflated where it is compressed, so a
// test can check that the glyphs map back to the Chinese they stand for (ToUnicode) and the page count.
import { inflateSync } from 'node:zlib'

export function pdfStreams(pdf: Buffer): string {
  const text = pdf.toString('latin1')
  const out: string[] = []
  const re = /stream\r?\n/g
  let match: RegExpExecArray | null
  while ((match = re.exec(text)) !== null) {
    const start = match.index + match[0].length
    const end = text.indexOf('endstream', start)
    if (end < 0) break
    const raw = pdf.subarray(start, end)
    try {
      out.push(inflateSync(raw).toString('latin1'))
    } catch {
      out.push(raw.toString('latin1'))
    }
    re.lastIndex = end + 'endstream'.length
  }
  return out.join('\n')
}

/** The code points (lower-case hex) of a text, as a ToUnicode map lists them. */
export function codePointsOf(text: string): string[] {
  return Array.from(text, (c) => (c.codePointAt(0) ?? 0).toString(16).padStart(4, '0'))
}
