import { describe, expect, it } from 'vitest'
import { upload } from '../../../test/setup/files.js'
import { useTestApp, type Client, type TestApp } from '../../../test/setup/app.js'
import { addPerson, addRoom, demoWorld } from '../../../test/setup/factories.js'
import { localDate, startOfLocalDay } from '../../platform/time.js'

interface Room {
  id: string
  name: string
  capacity: number
}
interface Activity {
  id: string
  version: number
  state: string
  capacity: number | null
  signedUp: number
  attended: number
  signups: { id: string; personId: string; name: string; state: string; attended: boolean }[]
  photos: string[]
  canSignUp: boolean
}
interface ErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> }
}

const DAY = 86_400_000
/** A local time (Asia/Shanghai), `days` from today. */
function at(days: number, hour: number, minute = 0): number {
  return startOfLocalDay(localDate(Date.now())) + days * DAY + (hour * 60 + minute) * 60_000
}

async function setup(t: TestApp) {
  const world = await demoWorld(t.ctx.db)
  const shuji = await t.login('shuji')
  const rooms = (await shuji.request('GET', `/api/v1/centre/rooms?communityId=${world.zhangma.id}`)).json<{
    items: Room[]
    canManage: boolean
  }>()
  const room = (name: string) => {
    const r = rooms.items.find((x) => x.name === name)
    if (!r) throw new Error(`room ${name} missing`)
    return r
  }
  return { world, shuji, rooms, room }
}

async function book(c: Client, roomId: string, body: Record<string, unknown>) {
  return c.request('POST', `/api/v1/centre/rooms/${roomId}/bookings`, {
    purpose: '党员学习',
    organiser: '第一网格党支部',
    ...body,
  })
}

async function residents(t: TestApp, n: number) {
  const world = await demoWorld(t.ctx.db)
  const building = world.grid1Buildings[0]
  if (!building) throw new Error('demo world missing')
  const room = await addRoom(t.ctx.db, building, { unit: 1, room: '501' })
  const names = ['张秀英', '李建华', '王芳', '刘德胜', '陈桂兰']
  return Promise.all(names.slice(0, n).map((name) => addPerson(t.ctx.db, t.ctx.pii, room, { name })))
}

describe('the service centre: rooms, bookings, activities', () => {
  const t = useTestApp()

  it('books a room and refuses an overlapping booking, naming the one in the way', async () => {
    const { shuji, rooms, room } = await setup(t())
    expect(rooms.items.map((r) => r.name)).toContain('党群活动室')
    expect(rooms.canManage).toBe(true)
    const party = room('党群活动室')
    const first = await book(shuji, party.id, { startsAt: at(1, 9), endsAt: at(1, 11) })
    expect(first.statusCode, first.body).toBe(201)
    const clash = await book(shuji, party.id, {
      startsAt: at(1, 10, 30),
      endsAt: at(1, 12),
      purpose: '协商会',
    })
    expect(clash.statusCode).toBe(409)
    expect(clash.json<ErrorBody>().error.message).toContain('已被预约（第一网格党支部：党员学习）')
    // Back to back is fine; another room at the same time is fine.
    expect((await book(shuji, party.id, { startsAt: at(1, 11), endsAt: at(1, 12) })).statusCode).toBe(201)
    expect(
      (await book(shuji, room('协商议事室').id, { startsAt: at(1, 9), endsAt: at(1, 11) })).statusCode,
    ).toBe(201)
    // Outside the opening hours, in the past, or ending before it starts: a clear field error.
    const late = await book(shuji, party.id, { startsAt: at(1, 20), endsAt: at(1, 22) })
    expect(late.statusCode).toBe(400)
    expect(JSON.stringify(late.json<ErrorBody>().error.details)).toContain('开放时间 08:30–21:00')
    const past = await book(shuji, party.id, { startsAt: at(-1, 9), endsAt: at(-1, 10) })
    expect(JSON.stringify(past.json<ErrorBody>().error.details)).toContain('不能预约已经过去的时间')
    // A cancelled booking frees its time.
    const booking = first.json<{ id: string; version: number }>()
    const cancelled = await shuji.request('POST', `/api/v1/centre/bookings/${booking.id}/cancellation`, {
      version: booking.version,
      reason: '改期',
    })
    expect(cancelled.statusCode, cancelled.body).toBe(200)
    expect((await book(shuji, party.id, { startsAt: at(1, 10), endsAt: at(1, 11) })).statusCode).toBe(201)
  })

  it('lets only one of two bookings of one room at the same moment through', async () => {
    const { shuji, room } = await setup(t())
    const staff = await t().login('shuji')
    const recreation = room('文体活动室')
    const results = await Promise.all([
      book(shuji, recreation.id, { startsAt: at(2, 14), endsAt: at(2, 16), purpose: '广场舞排练' }),
      book(staff, recreation.id, { startsAt: at(2, 15), endsAt: at(2, 17), purpose: '书法班' }),
      book(shuji, recreation.id, { startsAt: at(2, 14, 30), endsAt: at(2, 15, 30), purpose: '戏曲' }),
    ])
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409])
    const rows = await t()
      .ctx.db.selectFrom('room_bookings')
      .select('id')
      .where('room_id', '=', recreation.id)
      .where('state', '=', 'booked')
      .execute()
    expect(rows).toHaveLength(1)
  })

  it('runs an activity: its room booked with it, sign-ups up to capacity, attendance, photos, figures', async () => {
    const { world, shuji, room } = await setup(t())
    const people = await residents(t(), 4)
    const created = await shuji.request('POST', '/api/v1/centre/activities', {
      communityId: world.zhangma.id,
      title: '重阳节书画展',
      kind: 'cultural',
      description: '老年书画爱好者作品展，现场挥毫',
      startsAt: at(-1, 10),
      endsAt: at(-1, 12),
      roomId: room('新时代文明实践站').id,
      capacity: 2,
    })
    // Made in the past: refused, since its room cannot be booked then.
    expect(created.statusCode).toBe(400)
    const ok = await shuji.request('POST', '/api/v1/centre/activities', {
      communityId: world.zhangma.id,
      title: '书法兴趣班',
      kind: 'education',
      description: '社区老年书法兴趣班第一课',
      startsAt: at(1, 14),
      endsAt: at(1, 16),
      roomId: room('新时代文明实践站').id,
      capacity: 2,
    })
    expect(ok.statusCode, ok.body).toBe(201)
    let activity = ok.json<Activity>()
    // Its room is now taken at that time.
    const clash = await book(shuji, room('新时代文明实践站').id, { startsAt: at(1, 15), endsAt: at(1, 17) })
    expect(clash.statusCode).toBe(409)

    const sign = (c: Client, personId: string) =>
      c.request('POST', `/api/v1/centre/activities/${activity.id}/signups`, { personId })
    const wangge = await t().login('wangge1')
    expect((await sign(wangge, people[0]?.id ?? '')).statusCode).toBe(200)
    const again = await sign(wangge, people[0]?.id ?? '')
    expect(again.statusCode).toBe(409)
    expect(again.json<ErrorBody>().error.message).toContain('已报名')
    // The last place: two at once, one gets it.
    const last = await Promise.all([sign(wangge, people[1]?.id ?? ''), sign(shuji, people[2]?.id ?? '')])
    expect(last.map((r) => r.statusCode).sort()).toEqual([200, 409])
    expect(last.find((r) => r.statusCode === 409)?.json<ErrorBody>().error.message).toContain('名额已满')
    activity = (await shuji.request('GET', `/api/v1/centre/activities/${activity.id}`)).json<Activity>()
    expect(activity.signedUp).toBe(2)

    // Attendance only once it has started.
    const early = await shuji.request('POST', `/api/v1/centre/activities/${activity.id}/attendance`, {
      version: activity.version,
      attended: [],
    })
    expect(early.statusCode).toBe(422)
    await t()
      .ctx.db.updateTable('activities')
      .set({ starts_at: Date.now() - 3_600_000, ends_at: Date.now() - 600_000 })
      .where('id', '=', activity.id)
      .execute()
    const signed = activity.signups.filter((s) => s.state === 'signed')
    const held = await shuji.request('POST', `/api/v1/centre/activities/${activity.id}/attendance`, {
      version: activity.version,
      attended: [signed[0]?.id],
      walkIns: [people[3]?.id],
      summary: '到场 2 人',
      photos: [await upload(shuji)],
    })
    expect(held.statusCode, held.body).toBe(200)
    const heldView = held.json<Activity>()
    expect(heldView).toMatchObject({ state: 'held', attended: 2, signedUp: 2 })
    expect(heldView.signups.map((s) => [s.name, s.state, s.attended])).toContainEqual([
      '刘德胜',
      'walk_in',
      true,
    ])
    // Its photo: for those who work in the community, not for a village's accountant.
    const photoUrl = `/api/v1/centre/activities/${activity.id}/photos/${heldView.photos[0] ?? ''}`
    expect((await wangge.request('GET', photoUrl)).statusCode).toBe(200)
    expect((await (await t().login('kuaiji')).request('GET', photoUrl)).statusCode).toBe(404)

    const today = localDate(Date.now())
    const figures = await shuji.request(
      'GET',
      `/api/v1/centre/figures?nodeId=${world.zhangma.id}&from=${today.slice(0, 4)}-01-01&to=${today.slice(0, 4)}-12-31`,
    )
    expect(figures.statusCode, figures.body).toBe(200)
    const f = figures.json<{
      totals: { held: number; participants: number }
      byKind: { kind: string; held: number }[]
    }>()
    expect(f.totals).toMatchObject({ held: 1, participants: 2 })
    expect(f.byKind.find((k) => k.kind === 'education')?.held).toBe(1)
    const records = await shuji.request(
      'GET',
      `/api/v1/centre/figures/records?nodeId=${world.zhangma.id}&from=${today.slice(0, 4)}-01-01&to=${today.slice(0, 4)}-12-31&kind=education`,
    )
    expect(records.json<{ items: { title: string }[] }>().items.map((a) => a.title)).toEqual(['书法兴趣班'])
  })

  it('shows the centre to the community’s grid workers without letting them run it; others see nothing', async () => {
    const { world, room } = await setup(t())
    const wangge = await t().login('wangge1')
    const seen = await wangge.request('GET', `/api/v1/centre/rooms?communityId=${world.zhangma.id}`)
    expect(seen.statusCode).toBe(200)
    expect(seen.json<{ canManage: boolean }>().canManage).toBe(false)
    const booked = await book(wangge, room('党群活动室').id, { startsAt: at(3, 9), endsAt: at(3, 10) })
    expect(booked.statusCode).toBe(403)
    expect(
      (await wangge.request('GET', `/api/v1/centre/rooms?communityId=${world.huahe.id}`)).statusCode,
    ).toBe(404)
    const kuaiji = await t().login('kuaiji')
    expect(
      (await kuaiji.request('GET', `/api/v1/centre/rooms?communityId=${world.zhangma.id}`)).statusCode,
    ).toBe(404)
    const rows = await t().ctx.db.selectFrom('room_bookings').select('id').execute()
    expect(rows).toHaveLength(0)
  })
})
