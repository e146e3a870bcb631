import { describe, expect, it } from 'vitest'
import { upload } from '../../../test/setup/files.js'
import { useTestApp, type Client, type TestApp } from '../../../test/setup/app.js'
import { addPerson, addRoom, demoWorld } from '../../../test/setup/factories.js'
import { newId } from '../../platform/ids.js'
import ExcelJS from 'exceljs'
import { readJson } from '../../db/index.js'

interface View {
  item: {
    id: string
    number: string
    kind: string
    state: string
    stateZh: string
    version: number
    actions: string[]
    assignee: { id: string; name: string } | null
    level: string
  }
  resident: {
    name: string
    age: number | null
    tags: { tag: string; nameZh: string }[]
    phone: string | null
  } | null
  money: {
    entries: {
      id: string
      seq: number
      direction: string
      amountFen: number
      reversed: boolean
      reversesId: string | null
    }[]
    paidFen: number
    receivedFen: number
    balanceFen: number
    summaryZh: string
    canRecord: boolean
  }
}
interface ErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> }
}

/** 王桂英, 82, living alone in grid 1, with her phone in the registry. */
async function elderlyResident(t: TestApp) {
  const world = await demoWorld(t.ctx.db)
  const building = world.grid1Buildings[0]
  if (!building) throw new Error('demo world missing')
  const room = await addRoom(t.ctx.db, building, { unit: 2, room: '302' })
  const person = await addPerson(t.ctx.db, t.ctx.pii, room, {
    name: '王桂英',
    sex: 'female',
    birthDate: '1944-03-02',
    phone: '13951234567',
  })
  const now = Date.now()
  await t.ctx.db
    .insertInto('person_tags')
    .values([
      {
        id: newId(),
        person_id: person.id,
        tag: 'elderly_alone',
        restricted: 0,
        responsible_person_id: null,
        since_on: null,
        until_on: null,
        note: null,
        version: 1,
        created_at: now,
        updated_at: now,
      },
      {
        id: newId(),
        person_id: person.id,
        tag: 'severe_mental_illness',
        restricted: 1,
        responsible_person_id: null,
        since_on: null,
        until_on: null,
        note: null,
        version: 1,
        created_at: now,
        updated_at: now,
      },
    ])
    .execute()
  return { world, person }
}

async function fileFor(c: Client, personId: string, body: Record<string, unknown> = {}): Promise<View> {
  const res = await c.request('POST', '/api/v1/proxy', {
    personId,
    categoryCode: 'proxy.purchase',
    description: '帮忙去药店买降压药（硝苯地平缓释片）两盒',
    ...body,
  })
  expect(res.statusCode, res.body).toBe(201)
  return res.json<View>()
}

async function act(c: Client, v: View, body: Record<string, unknown>, status = 200) {
  const res = await c.request('POST', `/api/v1/proxy/${v.item.id}/actions`, {
    version: v.item.version,
    ...body,
  })
  expect(res.statusCode, res.body).toBe(status)
  return res.json<View & ErrorBody>()
}

async function money(c: Client, v: View, body: Record<string, unknown>, status = 200) {
  const res = await c.request('POST', `/api/v1/proxy/${v.item.id}/money`, {
    version: v.item.version,
    ...body,
  })
  expect(res.statusCode, res.body).toBe(status)
  return res.json<View & ErrorBody>()
}

/** The token of the hand-over text message, as the resident's phone receives it. */
async function handoverLink(
  t: TestApp,
  itemId: string,
): Promise<{ token: string; text: Record<string, string> }> {
  const rows = await t.ctx.db
    .selectFrom('notifications')
    .select(['params', 'template'])
    .where('item_id', '=', itemId)
    .where('template', '=', 'proxy_handover')
    .orderBy('created_at', 'desc')
    .execute()
  const params = readJson<Record<string, string>>(rows[0]?.params)
  const token = params.path?.replace('/c/', '') ?? ''
  return { token, text: params }
}

describe('红代办: a resident asks, a proxy claims, records the money, hands over; the resident confirms', () => {
  const t = useTestApp()

  it('runs the errand end to end, with the money to the fen and the resident’s own confirmation', async () => {
    const { person } = await elderlyResident(t())
    const wangge = await t().login('wangge1')
    const filed = await fileFor(wangge, person.id)
    expect(filed.item).toMatchObject({
      kind: 'proxy',
      state: 'reported',
      stateZh: '待认领',
      level: 'community',
    })
    // The grid worker who filed it follows it, but does not see the resident's file through it.
    expect(filed.resident).toBeNull()

    const hongdai = await t().login('hongdai')
    const seen = (await hongdai.request('GET', `/api/v1/proxy/${filed.item.id}`)).json<View>()
    expect(seen.resident).toMatchObject({
      name: '王桂英',
      tags: [{ tag: 'elderly_alone', nameZh: '独居老人' }],
    })
    expect(seen.resident?.phone).toBe('139****4567')
    expect(seen.item.actions).toContain('claim')

    const claimed = await act(hongdai, seen, { action: 'claim' })
    // The resident hears who took it.
    const told = await t()
      .ctx.db.selectFrom('notifications')
      .select(['template', 'params'])
      .where('item_id', '=', filed.item.id)
      .orderBy('created_at')
      .execute()
    expect(told.map((n) => n.template)).toEqual(['proxy_received', 'proxy_claimed'])
    expect(readJson<Record<string, string>>(told[1]?.params).proxy).toBe('赵红梅')
    expect(claimed.item).toMatchObject({ state: 'accepted', stateZh: '已认领', assignee: { name: '赵红梅' } })
    expect(claimed.money.canRecord).toBe(true)

    const receipt = await upload(hongdai)
    let v: View = await money(hongdai, claimed, {
      direction: 'received',
      amountFen: 10000,
      note: '收取现金100元',
    })
    v = await money(hongdai, v, { direction: 'paid', amountFen: 6850, receiptFileId: receipt, note: '药店' })
    // A mistyped amount is reversed, not edited, and the right one recorded.
    const wrong = v.money.entries.find((e) => e.amountFen === 6850)
    if (!wrong) throw new Error('entry missing')
    const reversed = await hongdai.request('POST', `/api/v1/proxy/${v.item.id}/money/${wrong.id}/reversal`, {
      version: v.item.version,
      note: '金额录错，应为58.50',
    })
    expect(reversed.statusCode, reversed.body).toBe(200)
    v = reversed.json<View>()
    v = await money(hongdai, v, { direction: 'paid', amountFen: 5850, receiptFileId: receipt })
    expect(v.money).toMatchObject({ paidFen: 5850, receivedFen: 10000, balanceFen: 4150 })
    expect(v.money.summaryZh).toBe('代付 ¥58.50，收取 ¥100.00，应退还居民 ¥41.50')
    expect(v.money.entries.map((e) => [e.seq, e.direction, e.amountFen, e.reversed])).toEqual([
      [1, 'received', 10000, false],
      [2, 'paid', 6850, true],
      [3, 'paid', 6850, false],
      [4, 'paid', 5850, false],
    ])

    // The proxy hands over; the proxy cannot confirm for the resident.
    const handoverPhoto = await upload(hongdai)
    v = await act(hongdai, v, {
      action: 'resolve',
      outcome: 'solved',
      note: '药已送到家，找零41.50元当面交还',
      photos: [handoverPhoto],
    })
    expect(
      (await hongdai.request('GET', `/api/v1/proxy/${v.item.id}/files/${handoverPhoto}`)).statusCode,
    ).toBe(200)
    expect(v.item).toMatchObject({ state: 'resolved', stateZh: '已交付待确认' })
    expect(v.item.actions).not.toContain('confirm')
    const self = await act(hongdai, v, { action: 'confirm', note: '已确认' }, 422)
    expect(self.error.message).toContain('代办员不能替居民确认')

    // The resident's phone gets a link; the page shows the money and the receipts.
    const { token, text } = await handoverLink(t(), v.item.id)
    expect(text.money).toBe('代付 ¥58.50，收取 ¥100.00，应退还居民 ¥41.50')
    const page = await t().app.inject({ method: 'GET', url: `/api/v1/public/proxy/${token}` })
    expect(page.statusCode, page.body).toBe(200)
    expect(page.json()).toMatchObject({
      state: 'resolved',
      proxyName: '赵红梅',
      handoverNote: '药已送到家，找零41.50元当面交还',
      canDecide: true,
      money: { paidFen: 5850, balanceFen: 4150 },
    })
    const photo = await t().app.inject({
      method: 'GET',
      url: `/api/v1/public/proxy/${token}/files/${receipt}`,
    })
    expect(photo.statusCode).toBe(200)
    expect(photo.headers['content-type']).toBe('image/png')

    const confirmed = await t().app.inject({
      method: 'POST',
      url: `/api/v1/public/proxy/${token}/decision`,
      payload: { decision: 'confirm', satisfaction: 'satisfied' },
    })
    expect(confirmed.statusCode, confirmed.body).toBe(200)
    expect(confirmed.json()).toMatchObject({ state: 'rated', canDecide: false })

    const timeline = (await hongdai.request('GET', `/api/v1/proxy/${v.item.id}/timeline`)).json<{
      items: { action: string; actionZh: string; actor: string }[]
    }>()
    expect(timeline.items.map((u) => u.action)).toEqual([
      'file',
      'claim',
      'money',
      'money',
      'money_reversal',
      'money',
      'resolve',
      'confirm',
      'rate',
    ])
    expect(timeline.items.find((u) => u.action === 'resolve')?.actionZh).toBe('交付')
    expect(timeline.items.find((u) => u.action === 'confirm')?.actor).toBe('居民本人（短信链接）')
    // Closed: the book takes no more entries.
    const after = (await hongdai.request('GET', `/api/v1/proxy/${v.item.id}`)).json<View>()
    expect(after.money.canRecord).toBe(false)
    await money(hongdai, after, { direction: 'received', amountFen: 100 }, 409)
  })

  it('lets one of two proxies claiming at the same moment have it, and tells the other who did', async () => {
    const { person } = await elderlyResident(t())
    const shuji = await t().login('shuji')
    const filed = await fileFor(shuji, person.id, {
      categoryCode: 'proxy.medical',
      description: '陪同去县医院复查',
    })
    const [a, b] = await Promise.all([t().login('hongdai'), t().login('hongdai2')])
    const results = await Promise.all(
      [a, b].map((c) =>
        c.request('POST', `/api/v1/proxy/${filed.item.id}/actions`, {
          version: filed.item.version,
          action: 'claim',
        }),
      ),
    )
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409])
    const winner = results.find((r) => r.statusCode === 200)?.json<View>()
    const loser = results.find((r) => r.statusCode === 409)?.json<ErrorBody>()
    expect(loser?.error.code).toBe('CONFLICT')
    expect(loser?.error.message).toContain(`已被${winner?.item.assignee?.name ?? '?'}认领`)
    const claims = await t()
      .ctx.db.selectFrom('work_item_updates')
      .select('id')
      .where('item_id', '=', filed.item.id)
      .where('action', '=', 'claim')
      .execute()
    expect(claims).toHaveLength(1)
  })

  it('refuses money that is negative, fractional, unreceipted or recorded by someone not on the errand', async () => {
    const { person } = await elderlyResident(t())
    const hongdai = await t().login('hongdai')
    const filed = await fileFor(hongdai, person.id)
    const v = await act(hongdai, filed, { action: 'claim' })
    const negative = await money(hongdai, v, { direction: 'paid', amountFen: -100 }, 400)
    expect(negative.error.code).toBe('VALIDATION_FAILED')
    const fractional = await money(hongdai, v, { direction: 'paid', amountFen: 12.5 }, 400)
    expect(fractional.error.code).toBe('VALIDATION_FAILED')
    const yuanAsString = await money(hongdai, v, { direction: 'paid', amountFen: '12.50' }, 400)
    expect(yuanAsString.error.code).toBe('VALIDATION_FAILED')
    const noReceipt = await money(hongdai, v, { direction: 'paid', amountFen: 1250 }, 400)
    expect(JSON.stringify(noReceipt.error.details)).toContain('代付款项须上传票据照片')
    // The other proxy is on the team but not on this errand: money is the errand's proxy's to record.
    const colleague = await t().login('hongdai2')
    const covering = await colleague.request('POST', `/api/v1/proxy/${v.item.id}/money`, {
      version: v.item.version,
      direction: 'received',
      amountFen: 100,
    })
    expect(covering.statusCode).toBe(403)
    const seenByColleague = (await colleague.request('GET', `/api/v1/proxy/${v.item.id}`)).json<View>()
    expect(seenByColleague.item.actions).not.toContain('resolve')
    expect(seenByColleague.money.canRecord).toBe(false)
    // A grid worker outside the team sees nothing.
    const wangge = await t().login('wangge1')
    const outsider = await wangge.request('POST', `/api/v1/proxy/${v.item.id}/money`, {
      version: v.item.version,
      direction: 'received',
      amountFen: 100,
    })
    expect(outsider.statusCode).toBe(404)
    const rows = await t().ctx.db.selectFrom('proxy_money_entries').select('id').execute()
    expect(rows).toHaveLength(0)
  })

  it('keeps the money book append-only in the database itself', async () => {
    const { person } = await elderlyResident(t())
    const hongdai = await t().login('hongdai')
    const v: View = await act(hongdai, await fileFor(hongdai, person.id), { action: 'claim' })
    const after = await money(hongdai, v, { direction: 'received', amountFen: 5000 })
    const id = after.money.entries[0]?.id ?? ''
    await expect(
      t().ctx.db.updateTable('proxy_money_entries').set({ amount_fen: 500 }).where('id', '=', id).execute(),
    ).rejects.toThrow(/append-only/)
    await expect(t().ctx.db.deleteFrom('proxy_money_entries').where('id', '=', id).execute()).rejects.toThrow(
      /append-only/,
    )
    // Reversing twice, or reversing a reversal, is refused.
    const entry = after.money.entries[0]
    const once = await hongdai.request('POST', `/api/v1/proxy/${after.item.id}/money/${id}/reversal`, {
      version: after.item.version,
      note: '录错',
    })
    expect(once.statusCode, once.body).toBe(200)
    const r = once.json<View>()
    const twice = await hongdai.request(
      'POST',
      `/api/v1/proxy/${after.item.id}/money/${entry?.id ?? ''}/reversal`,
      {
        version: r.item.version,
        note: '再冲',
      },
    )
    expect(twice.statusCode).toBe(409)
    expect(twice.json<ErrorBody>().error.message).toContain('已冲正')
  })

  it('shows proxy errands to the team and the community only, and keeps them out of the requests inbox', async () => {
    const { person } = await elderlyResident(t())
    const party = await t().login('wangge1')
    const filed = await fileFor(party, person.id)
    // The grid's requests inbox is for requests: the errand is not there.
    const inbox = (await party.request('GET', '/api/v1/requests?box=scope')).json<{
      items: { id: string }[]
    }>()
    expect(inbox.items.map((i) => i.id)).not.toContain(filed.item.id)
    // Nor is it reachable through the requests routes.
    expect((await party.request('GET', `/api/v1/requests/${filed.item.id}`)).statusCode).toBe(404)
    // The team's list has it; the grid worker may not list the community's errands.
    const world = await demoWorld(t().ctx.db)
    const hongdai = await t().login('hongdai')
    const list = await hongdai.request('GET', `/api/v1/proxy?view=unclaimed&communityId=${world.zhangma.id}`)
    expect(list.statusCode, list.body).toBe(200)
    expect(list.json<{ items: { id: string; residentName: string }[] }>().items).toEqual([
      expect.objectContaining({ id: filed.item.id, residentName: '王桂英' }),
    ])
    expect((await party.request('GET', `/api/v1/proxy?communityId=${world.zhangma.id}`)).statusCode).toBe(404)
    // Another community's secretary-level reader, the street office, reads no errand.
    const jiedao = await t().login('jiedao')
    expect((await jiedao.request('GET', `/api/v1/proxy/${filed.item.id}`)).statusCode).toBe(404)
    // A request category cannot file an errand, nor a proxy category a request.
    const wrongKind = await party.request('POST', '/api/v1/proxy', {
      personId: person.id,
      categoryCode: 'facilities.water',
      description: '买药',
    })
    expect(wrongKind.statusCode).toBe(400)
    const wrongRequest = await party.request('POST', '/api/v1/requests', {
      requestType: 'help',
      categoryCode: 'proxy.purchase',
      channel: 'visit',
      description: '买药',
      reporterPersonId: person.id,
      confirmNotDuplicate: true,
    })
    expect(wrongRequest.statusCode).toBe(400)
  })

  it('counts delivered errands (person-times), solved ones, by kind and by proxy, each drilling down', async () => {
    const { world, person } = await elderlyResident(t())
    const requestFigures = async () =>
      (await t().ctx.db.selectFrom('work_figures_daily').select('value').execute()).reduce(
        (a, r) => a + r.value,
        0,
      )
    const before = await requestFigures()
    const shuji = await t().login('shuji')
    const hongdai = await t().login('hongdai')
    const done = async (category: string, outcome: string) => {
      let v = await fileFor(shuji, person.id, { categoryCode: category })
      v = await act(hongdai, v, { action: 'claim' })
      v = await act(hongdai, v, { action: 'resolve', outcome, note: '已办' })
      // In person, before the secretary (not the proxy).
      return act(shuji, v, { action: 'confirm', note: '居民本人当面确认签字' })
    }
    await done('proxy.purchase', 'solved')
    await done('proxy.purchase', 'explained')
    await done('proxy.certificates', 'solved')
    await fileFor(shuji, person.id, { categoryCode: 'proxy.assistance' })
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
    const res = await shuji.request(
      'GET',
      `/api/v1/proxy/figures?nodeId=${world.zhangma.id}&from=${today.slice(0, 4)}-01-01&to=${today}`,
    )
    expect(res.statusCode, res.body).toBe(200)
    const figures = res.json<{
      totals: Record<string, number>
      byCategory: { code: string; filed: number; delivered: number; solved: number }[]
      byProxy: { name: string; delivered: number; solved: number }[]
    }>()
    expect(figures.totals).toMatchObject({ filed: 4, delivered: 3, solved: 2, residents: 1, open: 1 })
    expect(figures.byCategory.find((c) => c.code === 'proxy.purchase')).toMatchObject({
      filed: 2,
      delivered: 2,
      solved: 1,
    })
    expect(figures.byProxy).toEqual([{ userId: hongdai.userId, name: '赵红梅', delivered: 3, solved: 2 }])
    const records = await shuji.request(
      'GET',
      `/api/v1/proxy/figures/records?nodeId=${world.zhangma.id}&from=${today.slice(0, 4)}-01-01&to=${today}&count=solved&categoryCode=proxy.purchase`,
    )
    expect(records.statusCode, records.body).toBe(200)
    expect(records.json<{ items: { residentName: string; state: string }[] }>().items).toEqual([
      expect.objectContaining({ residentName: '王桂英', state: 'closed' }),
    ])
    // The street office sees the counts, not the errands behind them.
    const jiedao = await t().login('jiedao')
    const counts = await jiedao.request(
      'GET',
      `/api/v1/proxy/figures?nodeId=${world.park.id}&from=${today.slice(0, 4)}-01-01&to=${today}`,
    )
    expect(counts.statusCode, counts.body).toBe(200)
    expect(counts.json<{ totals: { delivered: number } }>().totals.delivered).toBe(3)
    const behind = await jiedao.request(
      'GET',
      `/api/v1/proxy/figures/records?nodeId=${world.park.id}&from=${today.slice(0, 4)}-01-01&to=${today}&count=delivered`,
    )
    expect(behind.statusCode).toBe(404)
    // Proxy errands never reach the residents' requests figures.
    expect(await requestFigures()).toBe(before)
  })

  it('hands a resident’s request for help to the proxy team, and tells the request when she confirms', async () => {
    const { person } = await elderlyResident(t())
    const wangge = await t().login('wangge1')
    const filed = await wangge.request('POST', '/api/v1/requests', {
      requestType: 'help',
      categoryCode: 'livelihood.assistance',
      channel: 'visit',
      description: '独居老人腿脚不便，需要有人帮忙去药店买药',
      reporterPersonId: person.id,
      confirmNotDuplicate: true,
    })
    expect(filed.statusCode, filed.body).toBe(200)
    const request = filed.json<{ item: { id: string; number: string } }>().item
    const handed = await wangge.request('POST', `/api/v1/proxy/from-request/${request.id}`, {
      categoryCode: 'proxy.purchase',
    })
    expect(handed.statusCode, handed.body).toBe(201)
    const errand = handed.json<View & { source: { id: string; number: string } | null }>()
    expect(errand.source).toEqual({ id: request.id, number: request.number })
    expect(errand.item).toMatchObject({ kind: 'proxy', state: 'reported' })
    // Once is enough while it is open.
    const twice = await wangge.request('POST', `/api/v1/proxy/from-request/${request.id}`, {
      categoryCode: 'proxy.purchase',
    })
    expect(twice.statusCode).toBe(409)
    expect(twice.json<ErrorBody>().error.message).toContain(errand.item.number)
    // A request with no resident cannot be handed over; a proxy cannot hand over a request.
    const anonymous = await wangge.request('POST', '/api/v1/requests', {
      requestType: 'help',
      categoryCode: 'livelihood.assistance',
      channel: 'patrol',
      description: '楼道里有老人需要帮助',
      nodeId: (await demoWorld(t().ctx.db)).grid1Buildings[0]?.id,
      confirmNotDuplicate: true,
    })
    const anonymousId = anonymous.json<{ item: { id: string } }>().item.id
    const noResident = await wangge.request('POST', `/api/v1/proxy/from-request/${anonymousId}`, {
      categoryCode: 'proxy.purchase',
    })
    expect(noResident.statusCode).toBe(422)
    const hongdai = await t().login('hongdai')
    expect(
      (
        await hongdai.request('POST', `/api/v1/proxy/from-request/${anonymousId}`, {
          categoryCode: 'proxy.purchase',
        })
      ).statusCode,
    ).toBe(404)

    let v = await act(hongdai, errand, { action: 'claim' })
    v = await act(hongdai, v, { action: 'resolve', outcome: 'solved', note: '药已送到' })
    const { token } = await handoverLink(t(), v.item.id)
    const confirmed = await t().app.inject({
      method: 'POST',
      url: `/api/v1/public/proxy/${token}/decision`,
      payload: { decision: 'confirm' },
    })
    expect(confirmed.statusCode, confirmed.body).toBe(200)
    const timeline = (await wangge.request('GET', `/api/v1/requests/${request.id}/timeline`)).json<{
      items: { action: string; note: string | null }[]
    }>()
    expect(timeline.items.map((u) => u.note)).toEqual([
      null,
      `已转红代办，编号 ${errand.item.number}`,
      `红代办 ${errand.item.number} 已办好，居民已确认`,
    ])
  })

  it('exports the money statement: each entry with reversals, and per proxy sums that add up', async () => {
    const { world, person } = await elderlyResident(t())
    const hongdai = await t().login('hongdai')
    const receipt = await upload(hongdai)
    let v: View = await act(hongdai, await fileFor(hongdai, person.id), { action: 'claim' })
    v = await money(hongdai, v, { direction: 'received', amountFen: 10000 })
    v = await money(hongdai, v, { direction: 'paid', amountFen: 6850, receiptFileId: receipt, note: '药店' })
    const wrong = v.money.entries.find((e) => e.amountFen === 6850)
    const reversal = await hongdai.request(
      'POST',
      `/api/v1/proxy/${v.item.id}/money/${wrong?.id ?? ''}/reversal`,
      {
        version: v.item.version,
        note: '录错',
      },
    )
    v = reversal.json<View>()
    await money(hongdai, v, { direction: 'paid', amountFen: 5850, receiptFileId: receipt })
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
    const url = `/api/v1/proxy/money.xlsx?communityId=${world.zhangma.id}&from=${today.slice(0, 4)}-01-01&to=${today}`
    const res = await hongdai.request('GET', url)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('红代办款项明细'))
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    const detail = wb.getWorksheet('明细')
    const rows = (detail?.getSheetValues() ?? []).slice(2) as unknown[][]
    expect(rows.map((r) => [r[4], r[6], r[7]])).toEqual([
      ['王桂英', '收取', 100],
      ['王桂英', '代付', 68.5],
      ['王桂英', '冲正代付', -68.5],
      ['王桂英', '代付', 58.5],
    ])
    const summary = (wb.getWorksheet('汇总')?.getSheetValues() ?? []).slice(2) as unknown[][]
    expect(summary.map((r) => r.slice(1))).toEqual([
      ['赵红梅', 4, 58.5, 100],
      ['合计', 4, 58.5, 100],
    ])
    const audit = await t()
      .ctx.db.selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'proxy.money.export')
      .execute()
    expect(audit).toHaveLength(1)
    // Residents' names: not for a grid worker.
    const wangge = await t().login('wangge1')
    expect((await wangge.request('GET', url)).statusCode).toBe(404)
  })
})
