// Importing and exporting the registry as an office would: a workbook in the template's layout with
// good and bad rows, uploaded over HTTP, run by the job, reported row by row; then again (nothing
// changes), then exported (masked) and imported back (nothing changes either).
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { Db } from '../../db/index.js'
import { openDatabase, readJson } from '../../db/index.js'
import { seedDemo } from '../../seed/demo.js'
import { createTestDb, testDialect } from '../../../test/setup/db.js'
import { useTestApp, type Client } from '../../../test/setup/app.js'
import { demoWorld } from '../../../test/setup/factories.js'
import { residentIdCheckChar } from '../registry/index.js'
import { layouts, type SheetKey } from './import.domain.js'

const idFor = (first17: string): string => `${first17}${residentIdCheckChar(first17)}`
const ids = {
  zhang: idFor('32081219580315002'),
  wang: idFor('32081219560101001'),
  xiaoming: idFor('32081220100601003'),
  li: idFor('32081219700202005'),
  zhao1: idFor('32081219800303007'),
  zhao2: idFor('32081219820404009'),
  qian3: idFor('32081219650505001'),
  sun5: idFor('32081219750707003'),
}
const goodQian4 = idFor('32081219900606002')
const badQian4 = `${goodQian4.slice(0, 17)}${goodQian4[17] === '0' ? '1' : '0'}`

type Row = Record<string, string | number | Date | null>

/** A workbook in the template's layout, built the way an office's Excel would hold it. */
async function workbook(sheets: Partial<Record<SheetKey, Row[]>>, title?: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.addWorksheet('说明').addRow(['见模板'])
  for (const key of ['rooms', 'persons', 'posts', 'contacts'] as const) {
    const rows = sheets[key]
    if (!rows) continue
    const layout = layouts[key]
    const ws = wb.addWorksheet(layout.name)
    if (title) ws.addRow([title])
    ws.addRow(layout.columns.map((c) => c.header))
    for (const r of rows) ws.addRow(layout.columns.map((c) => r[c.header] ?? null))
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}

const rooms: Row[] = [
  { 楼栋: '1号楼', 单元: '2', 楼层: 3, 房号: '301', 用途: '住宅', 状态: '自住', 所属网格: '第一网格' },
  { 楼栋: '1号楼', 单元: '2单元', 房号: '302' },
  { 楼栋: '1号楼', 单元: '2', 房号: '401', 状态: '空置' },
]
const person = (r: Row): Row => ({ 户籍类型: '户籍', ...r })
const persons: Row[] = [
  person({
    户号: 'ZM-0301',
    与户主关系: '户主',
    姓名: '张桂英',
    证件号码: ids.zhang,
    联系电话: '13905171234',
    原村: '李湾村',
    楼栋: '1号楼',
    单元: '2单元',
    房号: '301',
    入住日期: new Date(Date.UTC(2021, 5, 18)),
    关爱标签: '独居老人，低保对象',
  }),
  person({
    户号: 'ZM-0301',
    与户主关系: '夫',
    姓名: '王立新',
    证件号码: ids.wang,
    党员: '是',
    原村: '李湾村',
  }),
  person({
    户号: 'ZM-0301',
    与户主关系: '子女',
    姓名: '王小明',
    证件号码: ids.xiaoming,
    关爱标签: '留守儿童',
  }),
  person({
    户号: 'ZM-0302',
    与户主关系: '户主',
    姓名: '李四',
    证件号码: ids.li,
    原村: '孔连村',
    楼栋: '1号楼',
    单元: '2',
    房号: '302',
    入住日期: '2022年3月1日',
    党员: '否',
  }),
  // Two heads.
  person({ 户号: 'ZM-0401', 与户主关系: '户主', 姓名: '赵一', 证件号码: ids.zhao1 }),
  person({ 户号: 'ZM-0401', 与户主关系: '户主', 姓名: '赵二', 证件号码: ids.zhao2 }),
  // A wrong check digit in a member: the whole household waits.
  person({ 户号: 'ZM-0501', 与户主关系: '户主', 姓名: '钱三', 证件号码: ids.qian3 }),
  person({ 户号: 'ZM-0501', 与户主关系: '子女', 姓名: '钱四', 证件号码: badQian4 }),
  // A village this community does not host.
  person({ 户号: 'ZM-0601', 与户主关系: '户主', 姓名: '孙五', 证件号码: ids.sun5, 原村: '不存在村' }),
  // An ID number Excel turned into a number.
  person({ 户号: 'ZM-0701', 与户主关系: '户主', 姓名: '周六', 证件号码: 3.20812199001011e17 }),
]
const posts: Row[] = [
  { 姓名: '王立新', 证件号码: ids.wang, 岗位: '党员', 所在组织: '第一网格/1号楼' },
  { 姓名: '李四', 证件号码: ids.li, 岗位: '楼栋长', 所在组织: '1号楼', 职责: '联系本楼栋党员；巡查楼道' },
]
const contacts: Row[] = [
  { 楼栋长证件号码: ids.li, 党员姓名: '王立新', 党员证件号码: ids.wang, 户号: 'ZM-0302' },
]

interface ImportErrorView {
  sheet: string
  row: number
  column: string | null
  value: string | null
  reasonZh: string
  reasonEn: string
}
interface ImportView {
  id: string
  status: string
  progress: number
  totalRows: number
  processedRows: number
  goodRows: number
  badRows: number
  errorCount: number
  counts: Record<string, { created: number; updated: number; unchanged: number }> | null
  timings: { parseMs: number; checkMs: number; writeMs: number } | null
  errors: { items: ImportErrorView[]; nextCursor: string | null }
}

function multipart(fields: Record<string, string>, file: { name: string; content: Buffer } | null) {
  const boundary = `----tongxin${Date.now()}`
  const parts: Buffer[] = []
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`))
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    )
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`))
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  }
}

async function readSheet(content: Buffer, name: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(content as unknown as ArrayBuffer)
  const ws = wb.getWorksheet(name)
  if (!ws) return []
  const out: string[][] = []
  const text = (v: unknown): string =>
    v === null || v === undefined
      ? ''
      : v instanceof Date
        ? v.toISOString()
        : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
          ? String(v)
          : JSON.stringify(v)
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1).map(text)))
  return out
}

async function tableCounts(db: Db) {
  const out: Record<string, number> = {}
  for (const t of [
    'org_nodes',
    'persons',
    'households',
    'household_members',
    'residences',
    'person_tags',
    'posts',
    'contacts',
  ] as const) {
    const r = await db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
    out[t] = Number(r.n)
  }
  return out
}

async function versions(db: Db) {
  const of = async (t: 'org_nodes' | 'persons' | 'households' | 'posts') =>
    (await db.selectFrom(t).select(['id', 'version']).orderBy('id').execute()).map(
      (r) => `${r.id}:${r.version}`,
    )
  return {
    nodes: await of('org_nodes'),
    persons: await of('persons'),
    households: await of('households'),
    posts: await of('posts'),
  }
}

describe(`registry import and export (${testDialect})`, () => {
  const t = useTestApp()

  async function setup() {
    const { db } = t().ctx
    const world = await demoWorld(db)
    for (const v of world.villages.slice(0, 2))
      await db
        .insertInto('community_villages')
        .values({ community_id: world.zhangma.id, village_id: v.id, created_at: Date.now() })
        .onConflict((oc) => oc.doNothing())
        .execute()
    return world
  }

  async function upload(c: Client, community: string, mode: string, content: Buffer) {
    const body = multipart({ community, mode }, { name: '张码花园台账.xlsx', content })
    return c.request('POST', '/api/v1/imports', body.payload, body.headers)
  }

  async function importAndRun(
    c: Client,
    community: string,
    mode: string,
    content: Buffer,
  ): Promise<ImportView> {
    const res = await upload(c, community, mode, content)
    expect(res.statusCode, res.body).toBe(202)
    expect(res.json<ImportView>()).toMatchObject({ status: 'queued', progress: 0 })
    expect(await t().ctx.jobs.runDue()).toBeGreaterThan(0)
    const view = await c.request('GET', `/api/v1/imports/${res.json<ImportView>().id}?errorsLimit=100`)
    expect(view.statusCode).toBe(200)
    return view.json<ImportView>()
  }

  const file = () => workbook({ rooms, persons, posts, contacts }, '张码花园社区人口登记表')

  function expectReported(view: ImportView) {
    const find = (name: string, column: string) =>
      view.errors.items.find((e) => e.sheet === '人员' && e.column === column && e.row === rowOf(name))
    const rowOf = (name: string) => persons.findIndex((p) => p.姓名 === name) + 3
    expect(find('钱四', '证件号码')).toMatchObject({
      reasonZh: '校验位不正确',
      value: `3208**********${badQian4.slice(-4)}`,
    })
    expect(find('孙五', '原村')).toMatchObject({ reasonZh: '“不存在村”不是本社区安置的村' })
    expect(find('周六', '证件号码')?.reasonZh).toBe('证件号码被 Excel 转成了数字，请将该列设为文本')
    expect(find('赵二', '与户主关系')?.reasonZh).toMatch(/户号 ZM-0401 有两个户主（第 \d+、\d+ 行）/)
    // The other member of a bad household is held back with it, and says why.
    expect(view.errors.items.find((e) => e.sheet === '人员' && e.row === rowOf('钱三'))?.reasonZh).toBe(
      '同户（户号 ZM-0501）其他行有错误，整户未导入',
    )
  }

  it('all or nothing: any bad row and nothing is written; the report names row, column and reason', async () => {
    const world = await setup()
    const { db } = t().ctx
    const before = await tableCounts(db)
    const secretary = await t().login('shuji')
    const view = await importAndRun(secretary, world.zhangma.id, 'all_or_nothing', await file())
    expect(view).toMatchObject({ status: 'rejected', progress: 100, totalRows: 16, badRows: 6, goodRows: 0 })
    expectReported(view)
    expect(await tableCounts(db)).toEqual(before)
    const audit = await db
      .selectFrom('audit_log')
      .select(['action'])
      .where('target_id', '=', view.id)
      .orderBy('at')
      .execute()
    expect(audit.map((a) => a.action)).toEqual(['import.create', 'import.reject'])
  })

  it('good rows: writes the good households, persons, rooms, posts and links; a second run changes nothing', async () => {
    const world = await setup()
    const { db } = t().ctx
    const secretary = await t().login('shuji')
    const content = await file()
    const view = await importAndRun(secretary, world.zhangma.id, 'good_rows', content)
    expect(view).toMatchObject({
      status: 'done',
      progress: 100,
      totalRows: 16,
      processedRows: 16,
      goodRows: 10,
      badRows: 6,
    })
    expectReported(view)
    expect(view.counts).toMatchObject({
      units: { created: 1 },
      rooms: { created: 3 },
      households: { created: 2 },
      persons: { created: 4 },
      residences: { created: 2 },
      tags: { created: 3 },
      posts: { created: 2 },
      contacts: { created: 2 },
    })
    expect(view.timings?.parseMs).toBeGreaterThanOrEqual(0)

    const zhang = await db
      .selectFrom('persons')
      .selectAll()
      .where('name', '=', '张桂英')
      .executeTakeFirstOrThrow()
    const room301 = await db
      .selectFrom('org_nodes')
      .selectAll()
      .where('code', '=', `${world.grid1Buildings[0]!.code}-U2-301`)
      .executeTakeFirstOrThrow()
    expect(room301).toMatchObject({ name: '301', floor: 3, room_use: 'dwelling', room_state: 'occupied' })
    expect(zhang).toMatchObject({
      sex: 'female',
      birth_date: '1958-03-15',
      path: room301.path,
      community_id: world.zhangma.id,
      origin_village_id: world.villages[0]!.id,
    })
    const household = await db
      .selectFrom('households')
      .selectAll()
      .where('code', '=', 'ZM-0301')
      .executeTakeFirstOrThrow()
    expect(household).toMatchObject({ head_person_id: zhang.id, room_id: room301.id, path: room301.path })
    const members = await db
      .selectFrom('household_members as m')
      .innerJoin('persons as p', 'p.id', 'm.person_id')
      .select(['p.name', 'm.relation', 'p.path'])
      .where('m.household_id', '=', household.id)
      .orderBy('p.name')
      .execute()
    expect(members).toEqual([
      { name: '张桂英', relation: 'head', path: room301.path },
      { name: '王小明', relation: 'child', path: room301.path },
      { name: '王立新', relation: 'spouse', path: room301.path },
    ])
    expect(
      await db
        .selectFrom('residences')
        .select(['room_id', 'moved_in_on'])
        .where('household_id', '=', household.id)
        .execute(),
    ).toEqual([{ room_id: room301.id, moved_in_on: '2021-06-18' }])
    expect(
      await db.selectFrom('persons').select('id').where('name', 'in', ['赵一', '钱三', '孙五']).execute(),
    ).toEqual([])
    const link = await db.selectFrom('contacts').select(['kind']).orderBy('kind').execute()
    expect(link.map((l) => l.kind)).toEqual(['leader_member', 'member_household'])
    // Per-person entries plus one per batch and one for the whole import.
    const finish = await db
      .selectFrom('audit_log')
      .select(['summary'])
      .where('target_id', '=', view.id)
      .where('action', '=', 'import.finish')
      .executeTakeFirstOrThrow()
    expect(JSON.stringify(finish.summary)).not.toContain(ids.zhang)

    // The same file again: nothing changes — not a row, not a version.
    const counts = await tableCounts(db)
    const before = await versions(db)
    const again = await importAndRun(secretary, world.zhangma.id, 'good_rows', content)
    expect(again).toMatchObject({ status: 'done', goodRows: 10, badRows: 6 })
    expect(again.counts).toMatchObject({
      rooms: { created: 0, updated: 0, unchanged: 3 },
      households: { created: 0, updated: 0, unchanged: 2 },
      persons: { created: 0, updated: 0, unchanged: 4 },
      members: { created: 0, updated: 0, unchanged: 4 },
      residences: { created: 0, unchanged: 2 },
      posts: { created: 0, unchanged: 2 },
      contacts: { created: 0, unchanged: 2 },
    })
    expect(await tableCounts(db)).toEqual(counts)
    expect(await versions(db)).toEqual(before)

    // The bad rows come back with a 错误原因 column, as uploaded, to fix and send again.
    const errors = await secretary.request('GET', `/api/v1/imports/${view.id}/errors.xlsx`)
    expect(errors.statusCode).toBe(200)
    const sheet = await readSheet(errors.rawPayload, '人员')
    expect(sheet[0]).toContain('错误原因')
    expect(sheet).toHaveLength(7)
    expect(sheet.find((r) => r.includes('钱四'))).toContain(badQian4)
    const listed = await secretary.request('GET', `/api/v1/org/nodes/${world.zhangma.id}/imports`)
    expect(listed.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([again.id, view.id])
  })

  it('keeps a grid worker out of importing into the whole community', async () => {
    const world = await setup()
    const worker = await t().login('wangge1')
    const res = await upload(worker, world.zhangma.id, 'good_rows', await file())
    expect(res.statusCode).toBe(404)
    expect(res.json<{ error: { code: string } }>().error.code).toBe('NOT_FOUND_OR_NO_ACCESS')
    const accountant = await t().login('kuaiji')
    expect((await upload(accountant, world.zhangma.id, 'good_rows', await file())).statusCode).toBe(404)
    const secretary = await t().login('shuji')
    const notXlsx = await upload(secretary, world.zhangma.id, 'good_rows', Buffer.from('姓名,证件号码\n'))
    expect(notXlsx.statusCode).toBe(415)
    const badMode = await upload(secretary, world.zhangma.id, 'sometimes', await file())
    expect(badMode.statusCode).toBe(400)

    // Nor may they read someone else's import of the community, or its error rows.
    const done = await importAndRun(secretary, world.zhangma.id, 'good_rows', await file())
    for (const outsider of [worker, accountant])
      expect((await outsider.request('GET', `/api/v1/imports/${done.id}`)).statusCode).toBe(404)
    const leader = await t().login('jiedao')
    expect((await leader.request('GET', `/api/v1/imports/${done.id}`)).statusCode).toBe(200)
    expect((await leader.request('GET', `/api/v1/imports/${done.id}/errors.xlsx`)).statusCode).toBe(404)
    const page = await secretary.request('GET', `/api/v1/imports/${done.id}?errorsLimit=2`)
    const first = page.json<ImportView>()
    expect(first.errors.items).toHaveLength(2)
    const next = await secretary.request(
      'GET',
      `/api/v1/imports/${done.id}?errorsLimit=100&errorsCursor=${first.errors.nextCursor ?? ''}`,
    )
    expect(next.json<ImportView>().errors.items).toHaveLength(first.errorCount - 2)
  })

  it('exports masked (restricted tags never), unmasks only with the permission and on the record, and round-trips', async () => {
    const world = await setup()
    const { db } = t().ctx
    const secretary = await t().login('shuji')
    await importAndRun(secretary, world.zhangma.id, 'good_rows', await file())
    const zhang = await db
      .selectFrom('persons')
      .select('id')
      .where('name', '=', '张桂英')
      .executeTakeFirstOrThrow()
    await db
      .insertInto('person_tags')
      .values({
        id: '01900000-0000-7000-8000-000000000001',
        person_id: zhang.id,
        tag: 'community_correction',
        restricted: 1,
        responsible_person_id: null,
        since_on: null,
        until_on: null,
        note: null,
        version: 1,
        created_at: Date.now(),
        updated_at: Date.now(),
      })
      .execute()

    const masked = await secretary.request('GET', `/api/v1/org/nodes/${world.zhangma.id}/export/persons.xlsx`)
    expect(masked.statusCode).toBe(200)
    expect(masked.headers['content-type']).toContain('spreadsheetml')
    const rows = await readSheet(masked.rawPayload, '人员')
    expect(rows[0]).toEqual(layouts.persons.columns.map((c) => c.header))
    expect(rows).toHaveLength(5)
    const zhangRow = rows.find((r) => r[2] === '张桂英')!
    expect(zhangRow[5]).toBe(`3208**********${ids.zhang.slice(-4)}`)
    expect(zhangRow[7]).toBe('139****1234')
    expect(zhangRow.slice(0, 2)).toEqual(['ZM-0301', '户主'])
    expect(zhangRow.slice(10, 14)).toEqual(['1号楼', '2单元', '301', '2021-06-18'])
    expect(zhangRow[15]).toBe('独居老人、低保对象')
    expect(rows.flat().join()).not.toContain('社区矫正')

    const leader = await t().login('jiedao')
    expect(
      (await leader.request('GET', `/api/v1/org/nodes/${world.zhangma.id}/export/persons.xlsx`)).statusCode,
    ).toBe(200)
    const refused = await leader.request(
      'GET',
      `/api/v1/org/nodes/${world.zhangma.id}/export/persons.xlsx?unmask=true`,
    )
    expect(refused.statusCode).toBe(403)
    const worker = await t().login('wangge1')
    expect(
      (await worker.request('GET', `/api/v1/org/nodes/${world.zhangma.id}/export/households.xlsx`))
        .statusCode,
    ).toBe(404)

    const full = await secretary.request(
      'GET',
      `/api/v1/org/nodes/${world.zhangma.id}/export/persons.xlsx?unmask=true`,
    )
    expect(full.statusCode).toBe(200)
    expect((await readSheet(full.rawPayload, '人员')).find((r) => r[2] === '张桂英')?.[5]).toBe(ids.zhang)
    const disclosure = await db
      .selectFrom('audit_log')
      .select(['summary'])
      .where('action', '=', 'person.unmask')
      .where('target_id', '=', world.zhangma.id)
      .executeTakeFirstOrThrow()
    expect(readJson(disclosure.summary)).toMatchObject({ export: 'persons.xlsx', rows: 4 })

    const households = await secretary.request(
      'GET',
      `/api/v1/org/nodes/${world.zhangma.id}/export/households.xlsx`,
    )
    expect((await readSheet(households.rawPayload, '房屋')).slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['1号楼', '2单元', '3', '301'],
      ['1号楼', '2单元', '3', '302'],
      ['1号楼', '2单元', '4', '401'],
    ])

    // What was exported in full imports back as it is.
    const counts = await tableCounts(db)
    const before = await versions(db)
    const back = await importAndRun(secretary, world.zhangma.id, 'all_or_nothing', full.rawPayload)
    expect(back).toMatchObject({ status: 'done', badRows: 0, goodRows: 4 })
    expect(back.counts?.persons).toEqual({ created: 0, updated: 0, unchanged: 4 })
    expect(await tableCounts(db)).toEqual(counts)
    expect(await versions(db)).toEqual(before)
  })

  it('serves the template: a 说明 sheet and the four registries with their Chinese headers', async () => {
    const c = await t().login('wangge1')
    const res = await c.request('GET', '/api/v1/imports/template.xlsx')
    expect(res.statusCode).toBe(200)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['说明', '房屋', '人员', '岗位', '联系户'])
    expect((await readSheet(res.rawPayload, '人员'))[0]).toEqual([
      '户号',
      '与户主关系',
      '姓名',
      '性别',
      '证件类型',
      '证件号码',
      '出生日期',
      '联系电话',
      '户籍类型',
      '原村',
      '楼栋',
      '单元',
      '房号',
      '入住日期',
      '党员',
      '关爱标签',
    ])
  })
})

describe(`tongxin import (${testDialect})`, () => {
  it('prints progress and the errors, and writes the good rows', async () => {
    const test = await createTestDb()
    try {
      const handle = openDatabase(test.config)
      try {
        await seedDemo(handle.db)
        const world = await demoWorld(handle.db)
        await handle.db
          .insertInto('community_villages')
          .values(
            world.villages
              .slice(0, 2)
              .map((v) => ({ community_id: world.zhangma.id, village_id: v.id, created_at: 1 })),
          )
          .onConflict((oc) => oc.doNothing())
          .execute()
      } finally {
        await handle.close()
      }
      const path = join(test.dataDir, '台账.xlsx')
      writeFileSync(path, await workbook({ rooms, persons, posts, contacts }))
      const root = resolve(import.meta.dirname, '../../..')
      const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
        (done, fail) => {
          const child = spawn(
            process.execPath,
            [
              '--import',
              'tsx',
              'server/cli.ts',
              'import',
              path,
              '--community',
              '320812400001',
              '--mode',
              'good',
              '--as',
              'shuji',
            ],
            {
              cwd: root,
              env: {
                PATH: process.env.PATH ?? '',
                HOME: process.env.HOME ?? '',
                NODE_ENV: 'test',
                TONGXIN_DATA_DIR: test.dataDir,
                TONGXIN_SECRET: 'test-secret-test-secret-test-secret-0123456789',
                TONGXIN_SQLITE_SYNCHRONOUS: 'OFF',
                ...(test.databaseUrl ? { DATABASE_URL: test.databaseUrl } : {}),
              },
              stdio: ['ignore', 'pipe', 'pipe'],
            },
          )
          let stdout = ''
          let stderr = ''
          child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')))
          child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')))
          child.on('error', fail)
          child.on('close', (code) => done({ code, stdout, stderr }))
        },
      )
      expect(result.stderr).toBe('')
      expect(result.code).toBe(0)
      expect(result.stdout).toContain('读取 read 16 行 rows')
      expect(result.stdout).toContain('写入 written 16/16 (100%)')
      expect(result.stdout).toContain('证件号码被 Excel 转成了数字，请将该列设为文本')
      expect(result.stdout).toMatch(/人员 第 \d+ 行 证件号码（3208\*+\d{3}[\dX]）：校验位不正确/)
      expect(result.stdout).toContain('persons: 新增 created 4, 更新 updated 0, 未变 unchanged 0')
      expect(result.stdout).toContain('完成 done: 16 行 rows, 10 正确 good, 6 有错 bad')
    } finally {
      await test.dispose()
    }
  }, 60_000)
})
