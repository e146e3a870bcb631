// `npx tsx bench/import.ts [--persons 100000]`: builds a registry workbook the size of a large
// community (房屋 + 人员, households of three), imports it into the demo's 张码花园社区 on a fresh
// SQLite database exactly as `tongxin import` does, and prints the time of each phase — parsing the
// .xlsx apart from checking and writing — then imports the same file again (which must change nothing).
// Not part of `npm test`.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import ExcelJS from 'exceljs'
import { loadConfig } from '../server/config.js'
import { readJson } from '../server/db/index.js'
import { systemActor } from '../server/platform/access.js'
import { openRuntime } from '../server/runtime.js'
import { seedDemo } from '../server/seed/demo.js'
import { layouts, runImport, startImport } from '../server/modules/imports/index.js'
import { residentIdCheckChar } from '../server/modules/registry/index.js'

const { values } = parseArgs({ options: { persons: { type: 'string' } } })
const PERSONS = Number(values.persons ?? 100_000)
const log = (line: string): void => void process.stdout.write(`${line}\n`)

const surnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈'
const given = [
  '秀英',
  '桂英',
  '建国',
  '志强',
  '立新',
  '海燕',
  '小明',
  '子涵',
  '雨萱',
  '浩然',
  '德明',
  '玉兰',
  '国庆',
  '春梅',
  '文博',
]
const villages = ['李湾村', '孔连村', '陆集村', '韩庄村', '徐圩村']
const careTags = ['独居老人', '高龄老人', '残疾人', '低保对象', '退役军人', '留守儿童']

function idNumber(i: number): string {
  const birth = new Date(Date.UTC(1940, 0, 1) + (i % 25_000) * 86_400_000)
  const ymd = birth.toISOString().slice(0, 10).replace(/-/g, '')
  const seq = String(Math.floor(i / 25_000)).padStart(3, '0')
  const first17 = `320812${ymd}${seq}`
  return `${first17}${residentIdCheckChar(first17)}`
}

/** The demo's 12 buildings sit three to a grid; the rest are spread over the four grids. */
const gridOf = (building: number): number =>
  building <= 12 ? Math.floor((building - 1) / 3) : (building - 1) % 4

interface Plan {
  file: string
  rooms: number
  persons: number
}

async function buildWorkbook(dir: string): Promise<Plan> {
  const file = join(dir, `registry-${PERSONS}.xlsx`)
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: false,
    useSharedStrings: false,
  })
  const households = Math.ceil(PERSONS / 3)
  const roomsPerBuilding = 4 * 18 * 5
  const buildings = Math.ceil(households / roomsPerBuilding)
  const rooms = wb.addWorksheet(layouts.rooms.name)
  rooms.addRow(layouts.rooms.columns.map((c) => c.header)).commit()
  const roomOf: [string, string, string][] = []
  for (let b = 1; b <= buildings; b++)
    for (let u = 1; u <= 4; u++)
      for (let f = 1; f <= 18; f++)
        for (let r = 1; r <= 5; r++) {
          if (roomOf.length >= households) break
          const room = `${f}${String(r).padStart(2, '0')}`
          roomOf.push([`${b}号楼`, `${u}单元`, room])
          rooms
            .addRow([`${b}号楼`, `${u}单元`, f, room, '住宅', '自住', `第${'一二三四'[gridOf(b)]}网格`])
            .commit()
        }
  rooms.commit()
  const persons = wb.addWorksheet(layouts.persons.name)
  persons.addRow(layouts.persons.columns.map((c) => c.header)).commit()
  const relations = ['户主', '配偶', '子女']
  for (let i = 0; i < PERSONS; i++) {
    const h = Math.floor(i / 3)
    const [building, unit, room] = roomOf[h] ?? ['', '', '']
    const head = i % 3 === 0
    persons
      .addRow([
        `ZM-${String(h + 1).padStart(6, '0')}`,
        relations[i % 3],
        `${surnames[i % surnames.length] ?? '王'}${given[i % given.length] ?? '明'}`,
        null,
        '居民身份证',
        idNumber(i),
        null,
        i % 4 === 0 ? `139${String(i).padStart(8, '0')}` : null,
        '户籍',
        villages[h % villages.length],
        head ? building : null,
        head ? unit : null,
        head ? room : null,
        head ? `2021-${String((h % 12) + 1).padStart(2, '0')}-15` : null,
        i % 17 === 0 ? '是' : '否',
        i % 29 === 0 ? careTags[i % careTags.length] : null,
      ])
      .commit()
  }
  persons.commit()
  await wb.commit()
  return { file, rooms: roomOf.length, persons: PERSONS }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tongxin-bench-import-'))
  try {
    let t = performance.now()
    const plan = await buildWorkbook(dir)
    log(
      `workbook: ${plan.rooms} rooms + ${plan.persons} persons, ${(statSync(plan.file).size / 1048576).toFixed(1)} MiB, built in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    )
    const config = loadConfig({
      NODE_ENV: 'development',
      TONGXIN_DATA_DIR: dir,
      TONGXIN_SECRET: 'bench-secret-bench-secret-bench-secret-0123456789',
      // NORMAL, as a server runs; TONGXIN_SQLITE_SYNCHRONOUS=OFF shows what the disk's syncs cost.
      TONGXIN_SQLITE_SYNCHRONOUS: process.env.TONGXIN_SQLITE_SYNCHRONOUS ?? 'NORMAL',
    })
    const runtime = await openRuntime(config)
    const { db, files, pii } = runtime.ctx
    try {
      await seedDemo(db)
      const community = await db
        .selectFrom('org_nodes')
        .selectAll()
        .where('code', '=', '320812400001')
        .executeTakeFirstOrThrow()
      const vs = await db.selectFrom('villages').select('id').orderBy('code').execute()
      await db
        .insertInto('community_villages')
        .values(vs.map((v) => ({ community_id: community.id, village_id: v.id, created_at: Date.now() })))
        .onConflict((oc) => oc.doNothing())
        .execute()
      const actor = systemActor('bench')
      const content = readFileSync(plan.file)
      for (const round of ['first import', 'same file again']) {
        const started = await startImport({
          db,
          files,
          actor,
          communityId: community.id,
          mode: 'all_or_nothing',
          fileName: 'bench.xlsx',
          content,
          now: Date.now(),
          enqueue: false,
        })
        t = performance.now()
        let roomsDoneAt = 0
        let peakRss = process.memoryUsage().rss
        const done = await runImport({ db, files, pii, clock: () => Date.now() }, started.id, {
          actor,
          onProgress: (p) => {
            peakRss = Math.max(peakRss, process.memoryUsage().rss)
            if (p.phase === 'writing' && roomsDoneAt === 0 && p.processed >= plan.rooms)
              roomsDoneAt = performance.now()
          },
        })
        const endAt = performance.now()
        const total = (endAt - t) / 1000
        const report = readJson<{
          timings: { parseMs: number; checkMs: number; writeMs: number }
          stats: Record<string, { created: number; updated: number; unchanged: number }> | null
          errorCount: number
          errors: { sheet: string; row: number; column: string | null; reasonZh: string }[]
        }>(done.errors)
        const { parseMs, checkMs, writeMs } = report.timings
        const personsWriteS = (endAt - (roomsDoneAt || endAt - writeMs)) / 1000
        log(`\n${round}: ${done.status}, ${done.total_rows} rows (${report.errorCount} problems)`)
        log(
          `  parse .xlsx   ${(parseMs / 1000).toFixed(1)} s  (${Math.round(done.total_rows / (parseMs / 1000))} rows/s)`,
        )
        log(`  check         ${(checkMs / 1000).toFixed(1)} s`)
        log(
          `  write         ${(writeMs / 1000).toFixed(1)} s  (rooms then persons; persons ≈ ${personsWriteS.toFixed(1)} s)`,
        )
        log(
          `  total         ${total.toFixed(1)} s  → ${Math.round(plan.persons / total)} person rows/s end to end; ${Math.round(plan.persons / ((checkMs + writeMs) / 1000))} rows/s without the parse`,
        )
        log(`  peak RSS      ${Math.round(peakRss / 1048576)} MiB`)
        for (const e of report.errors.slice(0, 5))
          log(`  ✗ ${e.sheet} ${e.row} ${e.column ?? ''}: ${e.reasonZh}`)
        for (const [k, c] of Object.entries(report.stats ?? {}))
          if (c.created + c.updated + c.unchanged > 0)
            log(`    ${k.padEnd(10)} created ${c.created}, updated ${c.updated}, unchanged ${c.unchanged}`)
      }
    } finally {
      await runtime.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
