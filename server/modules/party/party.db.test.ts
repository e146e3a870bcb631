import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { upload } from '../../../test/setup/files.js'
import { useTestApp, type Client, type TestApp } from '../../../test/setup/app.js'
import { addPerson, addRoom, demoWorld } from '../../../test/setup/factories.js'
import { localDate } from '../../platform/time.js'

interface Member {
  id: string
  name: string
  homeName: string
  version: number
}
interface Task {
  id: string
  claimed: number
  capacity: number
}
interface Rec {
  id: string
  state: string
  minutes: number
  reason: string | null
  decidedBy: string | null
  version: number
}
interface MemberRecord {
  records: Rec[]
  meetings: { topic: string }[]
  totals: { confirmedRecords: number; confirmedMinutes: number; pendingRecords: number; meetings: number }
}
interface ErrorBody {
  error: { code: string; message: string }
}

const today = localDate(Date.now())
const yearAgo = localDate(Date.now() - 360 * 86_400_000)
const period = `from=${yearAgo}&to=${today}`

async function setup(t: TestApp) {
  const world = await demoWorld(t.ctx.db)
  const building = world.grid1Buildings[0]
  const liwan = world.villages.find((v) => v.name === '李湾村')
  if (!building || !liwan) throw new Error('demo world missing')
  const room = await addRoom(t.ctx.db, building, { unit: 1, room: '302' })
  const person = (name: string, partyMember = true) =>
    addPerson(t.ctx.db, t.ctx.pii, room, {
      name,
      partyMember,
      originVillageId: liwan.id,
      phone: '13912345678',
    })
  const shuji = await t.login('shuji')
  const register = (personId: string, extra: Record<string, unknown> = {}) =>
    shuji.request('POST', '/api/v1/party/members', {
      communityId: world.zhangma.id,
      personId,
      homeKind: 'village_branch',
      homeVillageId: liwan.id,
      registeredOn: yearAgo,
      ...extra,
    })
  return { world, liwan, person, shuji, register }
}

async function task(c: Client, communityId: string, capacity: number) {
  const res = await c.request('POST', '/api/v1/party/tasks', {
    communityId,
    kind: 'need',
    title: '为独居老人更换楼道灯泡',
    description: '3号楼2单元',
    onDate: today,
    capacity,
  })
  expect(res.statusCode, res.body).toBe(201)
  return res.json<Task>()
}

describe('党员报到', () => {
  const t = useTestApp()

  it('registers only registry party members, once while active, and never shows phones', async () => {
    const { person, register } = await setup(t())
    const notMember = await person('王大力', false)
    const refused = await register(notMember.id)
    expect(refused.statusCode).toBe(422)
    expect(refused.json<ErrorBody>().error.message).toContain('王大力在人口信息中不是党员')
    const member = await person('孙永福')
    const first = await register(member.id, { linkedUsername: 'dangyuan' })
    expect(first.statusCode, first.body).toBe(201)
    expect(first.json<Member>().homeName).toBe('李湾村党支部')
    expect(first.body).not.toContain('13912345678')
    expect(first.body).not.toContain('5678')
    const second = await register(member.id, {
      homeKind: 'workplace',
      homeVillageId: undefined,
      homeName: '某公司党支部',
    })
    expect(second.statusCode).toBe(409)
    expect(second.json<ErrorBody>().error.message).toContain('已经报到登记')
    const rows = await t()
      .ctx.db.selectFrom('party_registrations')
      .select('id')
      .where('person_id', '=', member.id)
      .execute()
    expect(rows).toHaveLength(1)
    // The database holds the rule too: a second active row is refused outright.
    const row = await t()
      .ctx.db.selectFrom('party_registrations')
      .selectAll()
      .where('person_id', '=', member.id)
      .executeTakeFirstOrThrow()
    await expect(
      t()
        .ctx.db.insertInto('party_registrations')
        .values({ ...row, id: '019a0000-0000-7000-8000-000000000001', user_id: null })
        .execute(),
    ).rejects.toThrow()
  })

  it('ends a registration with its date and posts; the member may register again later', async () => {
    const { world, person, register, shuji } = await setup(t())
    const p = await person('冯十')
    const first = (await register(p.id)).json<Member>()
    const post = (
      await shuji.request('POST', '/api/v1/party/posts', {
        communityId: world.zhangma.id,
        name: '楼栋先锋岗',
        duty: '联系本楼栋住户',
        capacity: 1,
      })
    ).json<{ id: string }>()
    await shuji.request('POST', `/api/v1/party/posts/${post.id}/claims`, { registrationId: first.id })
    const left = await shuji.request('POST', `/api/v1/party/members/${first.id}/departure`, {
      version: first.version,
      leftOn: today,
    })
    expect(left.json<Member & { status: string; leftOn: string }>()).toMatchObject({
      status: 'left',
      leftOn: today,
    })
    const posts = (await shuji.request('GET', `/api/v1/party/posts?communityId=${world.zhangma.id}`)).json<{
      items: { id: string; holders: unknown[] }[]
    }>()
    expect(posts.items.find((x) => x.id === post.id)?.holders).toEqual([])
    const again = await register(p.id, { registeredOn: today })
    expect(again.statusCode, again.body).toBe(201)
    const stale = await shuji.request('POST', `/api/v1/party/members/${first.id}/departure`, {
      version: first.version,
      leftOn: today,
    })
    expect(stale.statusCode).toBe(409)
  })

  it('lets only one of two members take the last place of a need at the same moment', async () => {
    const { world, person, register, shuji } = await setup(t())
    const a = (await register((await person('张一')).id)).json<Member>()
    const b = (await register((await person('李二')).id)).json<Member>()
    const c = (await register((await person('王三')).id)).json<Member>()
    const need = await task(shuji, world.zhangma.id, 2)
    expect(
      (await shuji.request('POST', `/api/v1/party/tasks/${need.id}/claims`, { registrationId: a.id }))
        .statusCode,
    ).toBe(200)
    const other = await t().login('shuji')
    const results = await Promise.all([
      shuji.request('POST', `/api/v1/party/tasks/${need.id}/claims`, { registrationId: b.id }),
      other.request('POST', `/api/v1/party/tasks/${need.id}/claims`, { registrationId: c.id }),
    ])
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409])
    expect(results.find((r) => r.statusCode === 409)?.json<ErrorBody>().error.message).toContain(
      '已被认领满（2 人）',
    )
    const claims = await t()
      .ctx.db.selectFrom('party_task_claims')
      .select('id')
      .where('task_id', '=', need.id)
      .execute()
    expect(claims).toHaveLength(2)
  })

  it('lets a member see and record only their own service; staff confirm; only confirmed hours count', async () => {
    const { world, person, register, shuji } = await setup(t())
    const mine = (await register((await person('孙永福')).id, { linkedUsername: 'dangyuan' })).json<Member>()
    const theirs = (await register((await person('赵四')).id)).json<Member>()
    const dangyuan = await t().login('dangyuan')
    const me = await dangyuan.request('GET', `/api/v1/party/me?communityId=${world.zhangma.id}`)
    expect(me.json<Member>().id).toBe(mine.id)
    const need = await task(shuji, world.zhangma.id, 3)
    expect((await dangyuan.request('POST', `/api/v1/party/tasks/${need.id}/claims`, {})).statusCode).toBe(200)
    const body = { servedOn: today, minutes: 120, kind: 'need', taskId: need.id, description: '灯泡已换好' }
    const photo = await upload(dangyuan)
    const own = await dangyuan.request('POST', '/api/v1/party/records', {
      registrationId: mine.id,
      ...body,
      photos: [photo],
    })
    expect(own.statusCode, own.body).toBe(201)
    // The photo is the member's and the community's to see, no one else's.
    const photoUrl = `/api/v1/party/records/${own.json<Rec>().id}/photos/${photo}`
    expect((await dangyuan.request('GET', photoUrl)).statusCode).toBe(200)
    expect((await shuji.request('GET', photoUrl)).statusCode).toBe(200)
    expect((await (await t().login('hongdai')).request('GET', photoUrl)).statusCode).toBe(404)
    // Another member's registration: the same 404 as for one that does not exist.
    for (const res of [
      await dangyuan.request('POST', '/api/v1/party/records', {
        registrationId: theirs.id,
        ...body,
        kind: 'other',
        taskId: undefined,
      }),
      await dangyuan.request('GET', `/api/v1/party/members/${theirs.id}/record?${period}`),
      await dangyuan.request(
        'GET',
        `/api/v1/party/records?communityId=${world.zhangma.id}&registrationId=${theirs.id}`,
      ),
      await dangyuan.request('GET', `/api/v1/party/members?communityId=${world.zhangma.id}`),
    ])
      expect(res.json<ErrorBody>().error.code).toBe('NOT_FOUND_OR_NO_ACCESS')
    // Not in half hours, or more than a day: refused with a clear message.
    const odd = await dangyuan.request('POST', '/api/v1/party/records', {
      registrationId: mine.id,
      ...body,
      minutes: 45,
    })
    expect(JSON.stringify(odd.json())).toContain('按半小时计')
    const record = () => dangyuan.request('GET', `/api/v1/party/members/${mine.id}/record?${period}`)
    let view = (await record()).json<MemberRecord>()
    expect(view.totals).toMatchObject({ confirmedMinutes: 0, pendingRecords: 1 })
    // The member cannot confirm their own record.
    const rec = own.json<Rec>()
    const self = await dangyuan.request('POST', `/api/v1/party/records/${rec.id}/confirmation`, {
      version: rec.version,
    })
    expect(self.statusCode).toBe(404)
    const confirmed = await shuji.request('POST', `/api/v1/party/records/${rec.id}/confirmation`, {
      version: rec.version,
    })
    expect(confirmed.json<Rec>()).toMatchObject({ state: 'confirmed' })
    expect(confirmed.json<Rec>().decidedBy).toContain('李秀兰')
    view = (await record()).json<MemberRecord>()
    expect(view.totals).toMatchObject({ confirmedRecords: 1, confirmedMinutes: 120, pendingRecords: 0 })
  })

  it('voids a confirmed record with a reason that stays visible, and its hours stop counting', async () => {
    const { world, person, register, shuji } = await setup(t())
    const m = (await register((await person('钱五')).id)).json<Member>()
    const add = async (minutes: number) => {
      const r = await shuji.request('POST', '/api/v1/party/records', {
        registrationId: m.id,
        servedOn: today,
        minutes,
        kind: 'other',
        description: '协助疫苗接种点秩序维护',
      })
      const rec = r.json<Rec>()
      return (
        await shuji.request('POST', `/api/v1/party/records/${rec.id}/confirmation`, { version: rec.version })
      ).json<Rec>()
    }
    const wrong = await add(480)
    await add(90)
    // A pending record returned with a reason: it stays, with who returned it, and never counts.
    const pending = (
      await shuji.request('POST', '/api/v1/party/records', {
        registrationId: m.id,
        servedOn: today,
        minutes: 600,
        kind: 'other',
        description: '时长有误',
      })
    ).json<Rec>()
    const returned = await shuji.request('POST', `/api/v1/party/records/${pending.id}/rejection`, {
      version: pending.version,
      reason: '时长与签到不符',
    })
    expect(returned.json<Rec>()).toMatchObject({ state: 'rejected', reason: '时长与签到不符' })
    expect(returned.json<Rec>().decidedBy).toContain('李秀兰')
    const edited = await shuji.request('POST', `/api/v1/party/records/${wrong.id}/confirmation`, {
      version: wrong.version,
    })
    expect(edited.statusCode).toBe(409)
    const voided = await shuji.request('POST', `/api/v1/party/records/${wrong.id}/voiding`, {
      version: wrong.version,
      reason: '重复录入',
    })
    expect(voided.json<Rec>()).toMatchObject({ state: 'void', reason: '重复录入', minutes: 480 })
    const view = (
      await shuji.request('GET', `/api/v1/party/members/${m.id}/record?${period}`)
    ).json<MemberRecord>()
    expect(view.records.map((r) => r.state).sort()).toEqual(['confirmed', 'rejected', 'void'])
    expect(view.totals.confirmedMinutes).toBe(90)
    const figures = (
      await shuji.request('GET', `/api/v1/party/figures?nodeId=${world.zhangma.id}&${period}`)
    ).json<{ totals: { minutes: number; records: number } }>()
    expect(figures.totals).toMatchObject({ minutes: 90, records: 1 })
  })

  it('counts organisational life at the community for a member of a village branch', async () => {
    const { world, person, register, shuji } = await setup(t())
    const m = (await register((await person('孔六')).id)).json<Member>()
    const absent = (await register((await person('周七')).id)).json<Member>()
    const meeting = await shuji.request('POST', '/api/v1/party/meetings', {
      communityId: world.zhangma.id,
      kind: 'theme_day',
      heldOn: today,
      topic: '学习党的二十届三中全会精神',
      attendees: [m.id],
    })
    expect(meeting.statusCode, meeting.body).toBe(201)
    const view = (
      await shuji.request('GET', `/api/v1/party/members/${m.id}/record?${period}`)
    ).json<MemberRecord>()
    expect(view.totals.meetings).toBe(1)
    expect(view.meetings[0]?.topic).toBe('学习党的二十届三中全会精神')
    const other = (
      await shuji.request('GET', `/api/v1/party/members/${absent.id}/record?${period}`)
    ).json<MemberRecord>()
    expect(other.totals.meetings).toBe(0)
  })

  it('figures, their drill-down and the exports agree with the records', async () => {
    const { world, person, register, shuji, liwan } = await setup(t())
    const a = (await register((await person('吴八')).id)).json<Member>()
    const b = (
      await register((await person('郑九')).id, {
        homeKind: 'workplace',
        homeVillageId: undefined,
        homeName: '园区供电所党支部',
      })
    ).json<Member>()
    expect(liwan.name).toBe('李湾村')
    const add = async (m: Member, minutes: number, confirm: boolean) => {
      const rec = (
        await shuji.request('POST', '/api/v1/party/records', {
          registrationId: m.id,
          servedOn: today,
          minutes,
          kind: 'other',
          description: '楼道清理',
        })
      ).json<Rec>()
      if (confirm)
        await shuji.request('POST', `/api/v1/party/records/${rec.id}/confirmation`, { version: rec.version })
    }
    await add(a, 120, true)
    await add(a, 60, true)
    await add(a, 30, false)
    await add(b, 150, true)
    await shuji.request('POST', '/api/v1/party/meetings', {
      communityId: world.zhangma.id,
      kind: 'lecture',
      heldOn: today,
      topic: '党课',
      attendees: [a.id, b.id],
    })
    const q = `nodeId=${world.zhangma.id}&${period}`
    const figures = (await shuji.request('GET', `/api/v1/party/figures?${q}`)).json<{
      totals: { members: number; records: number; minutes: number; attendances: number }
      byHome: { homeName: string; minutes: number; records: number }[]
    }>()
    expect(figures.totals).toEqual({ members: 2, records: 3, minutes: 330, attendances: 2 })
    expect(figures.byHome.find((h) => h.homeName === '李湾村党支部')).toMatchObject({
      records: 2,
      minutes: 180,
    })
    for (const count of ['members', 'records', 'attendances'] as const) {
      const rows = (await shuji.request('GET', `/api/v1/party/figures/records?${q}&count=${count}`)).json<{
        items: { minutes: number | null }[]
      }>()
      expect(rows.items).toHaveLength(figures.totals[count])
    }
    const hours = (
      await shuji.request(
        'GET',
        `/api/v1/party/figures/records?${q}&count=hours&homeName=${encodeURIComponent('李湾村党支部')}`,
      )
    ).json<{ items: { minutes: number }[] }>()
    expect(hours.items.reduce((s, r) => s + r.minutes, 0)).toBe(180)
    // A grid worker reads the counts of their grid, not the community's names behind them.
    const wangge = await t().login('wangge1')
    const grid = world.grids[0]?.id ?? ''
    expect((await wangge.request('GET', `/api/v1/party/figures?nodeId=${grid}&${period}`)).statusCode).toBe(
      200,
    )
    expect(
      (await wangge.request('GET', `/api/v1/party/figures/records?nodeId=${grid}&${period}&count=members`))
        .statusCode,
    ).toBe(404)

    // The member's workbook: confirmed hours only; the home organisation's: one row each and totals.
    const one = await shuji.request('GET', `/api/v1/party/members/${a.id}/record.xlsx?${period}`)
    expect(one.statusCode).toBe(200)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(one.rawPayload as unknown as ArrayBuffer)
    const services = wb.getWorksheet('服务记录')
    const last = services?.getRow(services.rowCount)
    expect(last?.getCell(1).value).toBe('合计')
    expect(last?.getCell(5).value).toBe(3)
    const batch = await shuji.request(
      'GET',
      `/api/v1/party/home.xlsx?communityId=${world.zhangma.id}&homeName=${encodeURIComponent('李湾村党支部')}&${period}`,
    )
    expect(batch.statusCode).toBe(200)
    const wb2 = new ExcelJS.Workbook()
    await wb2.xlsx.load(batch.rawPayload as unknown as ArrayBuffer)
    const sheet = wb2.getWorksheet('党员报到汇总')
    expect(sheet?.rowCount).toBe(3)
    expect(sheet?.getRow(2).getCell(1).value).toBe('吴八')
    expect(sheet?.getRow(3).getCell(6).value).toBe(3)
    const audit = await t()
      .ctx.db.selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'party.%export')
      .execute()
    expect(audit.map((r) => r.action).sort()).toEqual(['party.home.export', 'party.record.export'])
  })
})
