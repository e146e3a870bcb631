// A Chinese font from the system's font directories, for the PDFs the server prints (posters,
// statements). pdfkit embeds the glyphs it uses; without a CJK font Chinese would print as empty
// boxes, so callers refuse with a message naming the font instead.
import { readdirSync, type Dirent } from 'node:fs'
import { join } from 'node:path'

export interface CjkFont {
  file: string
  /** The face's PostScript name inside the file (a .ttc holds several faces). */
  face: string
}

/** Fonts known to render Chinese, in order of preference. */
const knownFonts: readonly { fileName: string; face: string }[] = [
  { fileName: 'wqy-microhei.ttc', face: 'WenQuanYiMicroHei' },
  { fileName: 'wqy-zenhei.ttc', face: 'WenQuanYiZenHei' },
  { fileName: 'NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' },
]

/** Where the system keeps its fonts (fontconfig's usual directories). */
export const systemFontDirs: readonly string[] = ['/usr/share/fonts', '/usr/local/share/fonts']

/** The first known CJK font found under the directories (searched a few levels deep), if any. */
export function findCjkFont(dirs: readonly string[] = systemFontDirs): CjkFont | null {
  const found = new Map<string, string>()
  const wanted = new Set(knownFonts.map((f) => f.fileName))
  const walk = (dir: string, depth: number) => {
    let entries: Dirent[]
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      const path = join(dir, entry.name)
      if (entry.isDirectory() && depth < 4) walk(path, depth + 1)
      else if (wanted.has(entry.name) && !found.has(entry.name)) found.set(entry.name, path)
    }
  }
  for (const dir of dirs) walk(dir, 0)
  for (const font of knownFonts) {
    const file = found.get(font.fileName)
    if (file !== undefined) return { file, face: font.face }
  }
  return null
}
