import { describe, expect, it } from 'vitest'
import { useTestApp, type Client, type TestApp } from '../../../test/setup/app.js'
import { addPerson, addRoom, demoWorld } from '../../../test/setup/factories.js'
import { upload } from '../../../test/setup/files.js'
import { systemActor } from '../../platform/access.js'
import { seedConsultHistory } from '../../seed/consult-history.js'
import { createUser, grantRole } from '../accounts/index.js'

interface Invitee {
  id: string
  name: string
  capacity: string
  attended: boolean
}
interface Decision {
  id: string
  seq: number
  text: string
  method: string
  openVote: boolean
  counts: { for: number; against: number; abstain: number } | null
  ballots: { inviteeId: string; name: string; choice: string }[] | null
  outcome: string
  tasks: { id: string; number: string; state: string; stateZh: string }[]
  carriedOut: boolean
  supersedes: number | null
  supersededBy: number | null
}
interface View {
  id: string
  state: string
  stateZh: string
  version: number
  requests: { id: string; number: string }[]
  agenda: string[]
  invitees: Invitee[]
  photos: string[]
  decisions: Decision[]
  canManage: boolean
}
interface TaskView {
  item: { id: string; state: string; stateZh: string; version: number; actions: string[]; kind: string }
  consultation: { id: string }
}
interface ErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> }
}

const PASSWORD = 'Grid-worker-2026!'

async function fileParking(c: Client, nodeId: string, description: string): Promise<string> {
  const res = await c.request('POST', '/api/v1/requests', {
    requestType: 'complaint',
    categoryCode: 'property.parking',
    channel: 'patrol',
    nodeId,
    description,
    confirmNotDuplicate: true,
  })
  expect(res.statusCode, res.body).toBe(200)
  return res.json<{ item: { id: string } }>().item.id
}

async function timelineNotes(c: Client, itemId: string): Promise<string[]> {
  const res = await c.request('GET', `/api/v1/requests/${itemId}/timeline`)
  expect(res.statusCode, res.body).toBe(200)
  return res.json<{ items: { action: string; note: string | null }[] }>().items.map((u) => u.note ?? '')
}

/** A user with one role somewhere, signed in. */
async function userWith(t: TestApp, username: string, role: string, nodeId: string): Promise<Client> {
  const { id } = await createUser(t.ctx.db, {
    actor: systemActor('test'),
    user: { username, displayName: username, password: PASSWORD },
    now: Date.now(),
  })
  await grantRole(t.ctx.db, {
    actor: systemActor('test'),
    userId: id,
    role,
    scope: { kind: 'org', id: nodeId },
    now: Date.now(),
  })
  return t.login(username, PASSWORD)
}

async function send(c: Client, method: 'POST' | 'PUT', url: string, body: unknown, status = 200) {
  const res = await c.request(method, url, body)
  expect(res.statusCode, res.body).toBe(status)
  return res.json<View & ErrorBody>()
}

/** Three residents and the property company invited to a topic on parking at building 1 of grid 1. */
async function heldMeeting(t: TestApp, opts: { fromRequests?: boolean; absent?: number } = {}) {
  const world = await demoWorld(t.ctx.db)
  const building = world.grid1Buildings[0]
  if (!building) throw new Error('demo world missing')
  const room = await addRoom(t.ctx.db, building, { room: '101' })
  const people = await Promise.all(
    ['王大海', '李春兰', '孔祥瑞'].map((name) => addPerson(t.ctx.db, t.ctx.pii, room, { name })),
  )
  const provider = await t.ctx.db
    .selectFrom('providers')
    .select('id')
    .where('name', '=', '张码花园物业服务中心')
    .executeTakeFirstOrThrow()
  const shuji = await t.login('shuji')
  const wangge = await t.login('wangge1')
  const requestIds = opts.fromRequests
    ? [
        await fileParking(wangge, building.id, '1号楼门口车辆乱停，消防通道被堵'),
        await fileParking(wangge, building.id, '晚上电动车停在楼道里充电'),
      ]
    : []
  let v = await send(
    shuji,
    'POST',
    '/api/v1/consultations',
    {
      title: '1号楼停车秩序',
      description: '近期多位居民反映1号楼门前乱停车、堵塞消防通道',
      nodeId: building.id,
      source: opts.fromRequests ? 'requests' : 'residents',
      raisedBy: opts.fromRequests ? '第一网格' : '王大海',
      ...(opts.fromRequests ? { requestIds } : {}),
      agenda: ['通报情况', '讨论停车规则', '表决'],
      invitees: [
        ...people.map((p) => ({ personId: p.id, capacity: 'resident' })),
        { providerId: provider.id, capacity: 'property_company' },
      ],
    },
    201,
  )
  v = await send(shuji, 'POST', `/api/v1/consultations/${v.id}/schedule`, {
    scheduledAt: Date.now() - 3_600_000,
    place: '协商议事室',
    version: v.version,
  })
  const absent = opts.absent ?? 0
  const photo = await upload(shuji)
  v = await send(shuji, 'POST', `/api/v1/consultations/${v.id}/meeting`, {
    heldAt: Date.now() - 1_800_000,
    attended: v.invitees.slice(absent).map((i) => i.id),
    minutes: '与会人员一致认为应划定停车区域',
    photos: [photo],
    version: v.version,
  })
  return { world, building, shuji, wangge, v, requestIds, photo }
}

async function decisionRows(t: TestApp) {
  const [decisions, ballots] = await Promise.all([
    t.ctx.db.selectFrom('consultation_decisions').selectAll().execute(),
    t.ctx.db.selectFrom('consultation_ballots').selectAll().execute(),
  ])
  return { decisions, ballots }
}

describe('协商议事: from parking complaints to a rule carried out', () => {
  const t = useTestApp()

  it('links the requests, tells their timelines, keeps an open vote’s ballots and counts them', async () => {
    const { shuji, wangge, v, requestIds, photo } = await heldMeeting(t(), { fromRequests: true })
    expect(v.state).toBe('held')
    expect(v.requests.map((r) => r.id).sort()).toEqual([...requestIds].sort())
    expect(v.agenda).toEqual(['通报情况', '讨论停车规则', '表决'])
    expect(v.photos).toEqual([photo])
    expect((await shuji.request('GET', `/api/v1/consultations/${v.id}/photos/${photo}`)).statusCode).toBe(200)
    for (const id of requestIds)
      expect(await timelineNotes(wangge, id)).toContain('已提交协商议事：《1号楼停车秩序》')

    const [a, b, c, company] = v.invitees
    if (!a || !b || !c || !company) throw new Error('invitees missing')
    const decided = await send(
      shuji,
      'POST',
      `/api/v1/consultations/${v.id}/decisions`,
      {
        method: 'vote',
        text: '1号楼门前划定停车位，消防通道禁停',
        openVote: true,
        ballots: [
          { inviteeId: a.id, choice: 'for' },
          { inviteeId: b.id, choice: 'for' },
          { inviteeId: c.id, choice: 'against' },
          { inviteeId: company.id, choice: 'abstain' },
        ],
      },
      201,
    )
    expect(decided.state).toBe('decided')
    const d = decided.decisions[0]
    expect(d).toMatchObject({
      openVote: true,
      counts: { for: 2, against: 1, abstain: 1 },
      outcome: 'adopted',
      carriedOut: false,
    })
    expect(d?.ballots?.map((x) => [x.name, x.choice])).toEqual([
      ['王大海', 'for'],
      ['李春兰', 'for'],
      ['孔祥瑞', 'against'],
      ['张码花园物业服务中心', 'abstain'],
    ])
    for (const id of requestIds)
      expect(
        (await timelineNotes(wangge, id)).some((n) => n.startsWith('协商议事《1号楼停车秩序》决定通过')),
      ).toBe(true)
    // Written once: no route edits it and the database refuses a change.
    await expect(
      t().ctx.db.updateTable('consultation_decisions').set({ outcome: 'rejected' }).execute(),
    ).rejects.toThrow()
  })

  it('refuses a ballot from someone not invited or absent, and writes nothing', async () => {
    const { shuji, v } = await heldMeeting(t(), { absent: 1 })
    const [absent, present] = v.invitees
    if (!absent || !present) throw new Error('invitees missing')
    expect(absent.attended).toBe(false)
    const stranger = '01900000-0000-7000-8000-000000000001'
    const res = await send(
      shuji,
      'POST',
      `/api/v1/consultations/${v.id}/decisions`,
      {
        method: 'vote',
        text: '划定停车位',
        openVote: true,
        ballots: [
          { inviteeId: present.id, choice: 'for' },
          { inviteeId: absent.id, choice: 'for' },
          { inviteeId: stranger, choice: 'against' },
        ],
      },
      422,
    )
    expect(res.error.code).toBe('UNPROCESSABLE')
    expect(res.error.message).toContain('王大海（未到会）')
    expect(res.error.details.problems).toEqual([
      { inviteeId: absent.id, problem: 'absent' },
      { inviteeId: stranger, problem: 'not_invited' },
    ])
    const rows = await decisionRows(t())
    expect(rows.decisions).toHaveLength(0)
    expect(rows.ballots).toHaveLength(0)
    const after = (await shuji.request('GET', `/api/v1/consultations/${v.id}`)).json<View>()
    expect(after.state).toBe('held')

    // A secret vote may not count more votes than there were people present (3 of 4).
    const tooMany = await send(
      shuji,
      'POST',
      `/api/v1/consultations/${v.id}/decisions`,
      { method: 'vote', text: '划定停车位', openVote: false, counts: { for: 3, against: 1, abstain: 0 } },
      422,
    )
    expect(tooMany.error.message).toContain('超过到会人数 3')
    // The schema refuses what it does not name, and does not coerce a count from text.
    const extra = await send(
      shuji,
      'POST',
      `/api/v1/consultations/${v.id}/decisions`,
      { method: 'consensus', text: '划定停车位', outcome: 'adopted' },
      400,
    )
    expect(extra.error.code).toBe('VALIDATION_FAILED')
    await send(
      shuji,
      'POST',
      `/api/v1/consultations/${v.id}/decisions`,
      { method: 'vote', text: '划定停车位', openVote: false, counts: { for: '2', against: 0, abstain: 0 } },
      400,
    )
    expect((await decisionRows(t())).decisions).toHaveLength(0)
  })

  it('keeps only a secret vote’s counts; a tie is rejected; consensus keeps no counts', async () => {
    const { shuji, v } = await heldMeeting(t())
    const secret = await send(
      shuji,
      'POST',
      `/api/v1/consultations/${v.id}/decisions`,
      { method: 'vote', text: '增设充电桩', openVote: false, counts: { for: 2, against: 2, abstain: 0 } },
      201,
    )
    expect(secret.decisions[0]).toMatchObject({
      openVote: false,
      ballots: null,
      counts: { for: 2, against: 2, abstain: 0 },
      outcome: 'rejected',
    })
    const both = await send(
      shuji,
      'POST',
      `/api/v1/consultations/${v.id}/decisions`,
      { method: 'consensus', text: '物业每周巡查一次停车秩序' },
      201,
    )
    expect(both.decisions[1]).toMatchObject({ method: 'consensus', counts: null, outcome: 'adopted' })
    const rows = await decisionRows(t())
    expect(rows.ballots).toHaveLength(0)
    expect(rows.decisions.map((d) => [d.seq, d.votes_for, d.outcome])).toEqual(
      expect.arrayContaining([
        [1, 2, 'rejected'],
        [2, null, 'adopted'],
      ]),
    )
    // The audit keeps the counts and never a ballot.
    const audit = await t()
      .ctx.db.selectFrom('audit_log')
      .select(['action', 'summary'])
      .where('action', '=', 'consult.decide')
      .execute()
    expect(audit).toHaveLength(2)
    // A rejected decision has nothing to carry out.
    const refused = await send(
      shuji,
      'POST',
      `/api/v1/consultations/${v.id}/decisions/${secret.decisions[0]?.id ?? ''}/tasks`,
      { title: '安装充电桩', description: '在1号楼旁安装充电桩' },
      422,
    )
    expect(refused.error.code).toBe('UNPROCESSABLE')
  })

  it('works the tasks through the engine; the decision is carried out when the last one closes', async () => {
    const { shuji, v } = await heldMeeting(t())
    let view = await send(
      shuji,
      'POST',
      `/api/v1/consultations/${v.id}/decisions`,
      { method: 'consensus', text: '1号楼门前划线停车' },
      201,
    )
    const decisionId = view.decisions[0]?.id ?? ''
    await send(
      shuji,
      'POST',
      `/api/v1/consultations/${v.id}/decisions/${decisionId}/tasks`,
      { title: '划停车线', description: '物业在1号楼门前划定停车位' },
      201,
    )
    view = await send(
      shuji,
      'POST',
      `/api/v1/consultations/${v.id}/decisions/${decisionId}/tasks`,
      { title: '张贴告示', description: '在单元门口张贴停车规则', assigneeUserId: shuji.userId },
      201,
    )
    const [first, second] = view.decisions[0]?.tasks ?? []
    if (!first || !second) throw new Error('tasks missing')
    expect(first).toMatchObject({ state: 'reported', stateZh: '待落实' })
    expect(second).toMatchObject({ state: 'dispatched', stateZh: '已分派' })

    const act = async (id: string, body: Record<string, unknown>) => {
      const current = (await shuji.request('GET', `/api/v1/consultations/tasks/${id}`)).json<TaskView>()
      const res = await shuji.request('POST', `/api/v1/consultations/tasks/${id}/actions`, {
        version: current.item.version,
        ...body,
      })
      expect(res.statusCode, res.body).toBe(200)
      return res.json<TaskView>()
    }
    const carried = async () =>
      (await shuji.request('GET', `/api/v1/consultations/${v.id}`)).json<View>().decisions[0]?.carriedOut
    await act(first.id, { action: 'claim' })
    await act(first.id, { action: 'start' })
    await act(first.id, { action: 'resolve', outcome: 'solved', note: '已划线' })
    const closed = await act(first.id, { action: 'close' })
    expect(closed.item).toMatchObject({ kind: 'task', state: 'closed', stateZh: '已落实' })
    expect(await carried()).toBe(false)

    await act(second.id, { action: 'accept' })
    await act(second.id, { action: 'resolve', outcome: 'solved', note: '已张贴' })
    expect(await carried()).toBe(false)
    await act(second.id, { action: 'close' })
    expect(await carried()).toBe(true)

    // A request route does not show a task.
    expect((await shuji.request('GET', `/api/v1/requests/${first.id}`)).statusCode).toBe(404)
  })
})

describe('协商议事: a correction is a new decision', () => {
  const t = useTestApp()

  it('replaces a decision without changing it: only the correction counts and shows', async () => {
    const { shuji, v, building, world } = await heldMeeting(t())
    const first = await send(
      shuji,
      'POST',
      `/api/v1/consultations/${v.id}/decisions`,
      { method: 'consensus', text: '晚十点后禁止停车' },
      201,
    )
    const firstId = first.decisions[0]?.id ?? ''
    const second = await send(
      shuji,
      'POST',
      `/api/v1/consultations/${v.id}/decisions`,
      { method: 'consensus', text: '晚九点后禁止停车', supersedesId: firstId },
      201,
    )
    expect(second.decisions.map((d) => [d.seq, d.text, d.supersedes, d.supersededBy])).toEqual([
      [1, '晚十点后禁止停车', null, 2],
      [2, '晚九点后禁止停车', 1, null],
    ])
    // Corrected once only; the replaced decision takes no tasks.
    const again = await send(
      shuji,
      'POST',
      `/api/v1/consultations/${v.id}/decisions`,
      { method: 'consensus', text: '晚八点后禁止停车', supersedesId: firstId },
      409,
    )
    expect(again.error.message).toContain('已由决定 2 更正')
    await send(
      shuji,
      'POST',
      `/api/v1/consultations/${v.id}/decisions/${firstId}/tasks`,
      { title: '张贴告示', description: '张贴停车告示' },
      422,
    )
    const page = await t().app.inject({
      method: 'GET',
      url: `/api/v1/public/buildings/${building.code}/decisions`,
    })
    expect(page.json<{ items: { text: string }[] }>().items.map((i) => i.text)).toEqual(['晚九点后禁止停车'])
    const year = new Date().getFullYear()
    const res = await shuji.request(
      'GET',
      `/api/v1/consultations/figures?nodeId=${world.zhangma.id}&from=${String(year)}-01-01&to=${String(year)}-12-31`,
    )
    expect(res.json<{ totals: Record<string, number> }>().totals).toMatchObject({ decisions: 1, adopted: 1 })
  })
})

describe('协商议事: decisions recorded at once', () => {
  const t = useTestApp()

  it('numbers two decisions sent together 1 and 2, and loses neither', async () => {
    const { shuji, v } = await heldMeeting(t())
    const [x, y] = await Promise.all(
      ['划线停车', '物业每周巡查'].map((text) =>
        shuji.request('POST', `/api/v1/consultations/${v.id}/decisions`, { method: 'consensus', text }),
      ),
    )
    expect([x?.statusCode, y?.statusCode]).toEqual([201, 201])
    const rows = await t()
      .ctx.db.selectFrom('consultation_decisions')
      .select(['seq', 'text'])
      .orderBy('seq')
      .execute()
    expect(rows.map((r) => r.seq)).toEqual([1, 2])
    expect(rows.map((r) => r.text).sort()).toEqual(['划线停车', '物业每周巡查'].sort())
  })
})

describe('协商议事: who sees what', () => {
  const t = useTestApp()

  it('hides a grid’s topic from another grid and another community; readers may not write', async () => {
    const { shuji, wangge, v, world } = await heldMeeting(t())
    const grid2 = world.grids[1]
    if (!grid2) throw new Error('demo world missing')
    expect((await wangge.request('GET', `/api/v1/consultations/${v.id}`)).statusCode).toBe(200)
    const otherGrid = await userWith(t(), 'wangge2', 'grid_worker', grid2.id)
    const otherCommunity = await userWith(t(), 'huahe1', 'community_staff', world.huahe.id)
    for (const c of [otherGrid, otherCommunity]) {
      const res = await c.request('GET', `/api/v1/consultations/${v.id}`)
      expect(res.statusCode).toBe(404)
      expect(res.json<ErrorBody>().error.code).toBe('NOT_FOUND_OR_NO_ACCESS')
      const write = await c.request('POST', `/api/v1/consultations/${v.id}/decisions`, {
        method: 'consensus',
        text: '越权记录的决定',
      })
      expect(write.statusCode).toBe(404)
    }
    // The grid's own worker reads but does not record.
    const forbidden = await wangge.request('POST', `/api/v1/consultations/${v.id}/decisions`, {
      method: 'consensus',
      text: '网格员记录的决定',
    })
    expect(forbidden.statusCode).toBe(403)
    // A community-wide topic concerns every grid: the second grid's worker reads it.
    const wide = await send(
      shuji,
      'POST',
      '/api/v1/consultations',
      {
        title: '小区充电桩建设',
        description: '全小区电动车充电难',
        nodeId: world.zhangma.id,
        source: 'community',
        raisedBy: '社区党委',
      },
      201,
    )
    expect((await otherGrid.request('GET', `/api/v1/consultations/${wide.id}`)).statusCode).toBe(200)
    const list = await otherGrid.request('GET', `/api/v1/consultations?communityId=${world.zhangma.id}`)
    expect(list.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([wide.id])
  })

  it('shows residents the adopted decisions that cover their building, with no names or ballots', async () => {
    const { shuji, v, world, building } = await heldMeeting(t())
    const [a] = v.invitees
    if (!a) throw new Error('invitees missing')
    await send(
      shuji,
      'POST',
      `/api/v1/consultations/${v.id}/decisions`,
      {
        method: 'vote',
        text: '1号楼门前划线停车',
        openVote: true,
        ballots: [{ inviteeId: a.id, choice: 'for' }],
      },
      201,
    )
    await send(
      shuji,
      'POST',
      `/api/v1/consultations/${v.id}/decisions`,
      {
        method: 'vote',
        text: '收取停车费',
        openVote: true,
        ballots: [{ inviteeId: a.id, choice: 'against' }],
      },
      201,
    )
    const page = await t().app.inject({
      method: 'GET',
      url: `/api/v1/public/buildings/${building.code}/decisions`,
    })
    expect(page.statusCode, page.body).toBe(200)
    const body = page.json<{ items: { text: string; carriedOut: boolean }[] }>()
    expect(body.items.map((i) => i.text)).toEqual(['1号楼门前划线停车'])
    expect(page.body).not.toContain('王大海')
    expect(page.body).not.toContain('ballots')
    // Another building of the same grid is not concerned by building 1's topic.
    const other = world.grid1Buildings[1]
    if (!other) throw new Error('demo world missing')
    const elsewhere = await t().app.inject({
      method: 'GET',
      url: `/api/v1/public/buildings/${other.code}/decisions`,
    })
    expect(elsewhere.json<{ items: unknown[] }>().items).toEqual([])
  })
})

describe('协商议事 figures', () => {
  const t = useTestApp()

  it('counts meetings, decisions, adopted and carried out, each drilling down to its records', async () => {
    const { shuji, v, world } = await heldMeeting(t())
    await send(
      shuji,
      'POST',
      `/api/v1/consultations/${v.id}/decisions`,
      { method: 'consensus', text: '划线停车' },
      201,
    )
    let view = await send(
      shuji,
      'POST',
      `/api/v1/consultations/${v.id}/decisions`,
      { method: 'vote', text: '收停车费', openVote: false, counts: { for: 1, against: 3, abstain: 0 } },
      201,
    )
    const adopted = view.decisions.find((d) => d.outcome === 'adopted')
    if (!adopted) throw new Error('decision missing')
    view = await send(
      shuji,
      'POST',
      `/api/v1/consultations/${v.id}/decisions/${adopted.id}/tasks`,
      { title: '划线', description: '划停车线' },
      201,
    )
    const year = new Date().getFullYear()
    const period = `from=${String(year)}-01-01&to=${String(year)}-12-31`
    const figures = async (c: Client) => {
      const res = await c.request('GET', `/api/v1/consultations/figures?nodeId=${world.zhangma.id}&${period}`)
      expect(res.statusCode, res.body).toBe(200)
      return res.json<{ totals: Record<string, number> }>().totals
    }
    expect(await figures(shuji)).toEqual({ held: 1, decisions: 2, adopted: 1, carriedOut: 0 })

    const taskId = view.decisions.find((d) => d.id === adopted.id)?.tasks[0]?.id ?? ''
    for (const body of [
      { action: 'claim' },
      { action: 'resolve', outcome: 'solved', note: '已划线' },
      { action: 'close' },
    ]) {
      const current = (await shuji.request('GET', `/api/v1/consultations/tasks/${taskId}`)).json<TaskView>()
      const res = await shuji.request('POST', `/api/v1/consultations/tasks/${taskId}/actions`, {
        ...body,
        version: current.item.version,
      })
      expect(res.statusCode, res.body).toBe(200)
    }
    // The street office reads the counts and their records too.
    const jiedao = await t().login('jiedao')
    expect(await figures(jiedao)).toEqual({ held: 1, decisions: 2, adopted: 1, carriedOut: 1 })
    const records = async (count: string) => {
      const res = await jiedao.request(
        'GET',
        `/api/v1/consultations/figures/records?nodeId=${world.zhangma.id}&${period}&count=${count}`,
      )
      expect(res.statusCode, res.body).toBe(200)
      return res.json<{ items: { consultationId: string; decision: { text: string } | null }[] }>().items
    }
    expect((await records('held')).map((r) => r.consultationId)).toEqual([v.id])
    expect((await records('decisions')).map((r) => r.decision?.text).sort()).toEqual(['划线停车', '收停车费'])
    expect((await records('carried_out')).map((r) => r.decision?.text)).toEqual(['划线停车'])
    // Another community's figures hold none of it.
    const other = await jiedao.request(
      'GET',
      `/api/v1/consultations/figures?nodeId=${world.huahe.id}&${period}`,
    )
    expect(other.json<{ totals: Record<string, number> }>().totals).toEqual({
      held: 0,
      decisions: 0,
      adopted: 0,
      carriedOut: 0,
    })
  })
})

describe('协商议事: the demo’s year', () => {
  const t = useTestApp()

  it('holds four meetings whose decisions are carried out or still being worked', async () => {
    const now = Date.now()
    expect(await seedConsultHistory(t().ctx.db, t().ctx.pii, { now })).toEqual({ consultations: 5 })
    const world = await demoWorld(t().ctx.db)
    const shuji = await t().login('shuji')
    const from = new Date(now - 366 * 86_400_000).toISOString().slice(0, 10)
    const to = new Date(now + 86_400_000).toISOString().slice(0, 10)
    const res = await shuji.request(
      'GET',
      `/api/v1/consultations/figures?nodeId=${world.zhangma.id}&from=${from}&to=${to}`,
    )
    expect(res.statusCode, res.body).toBe(200)
    // Parking and the stairwell carried out; charging points half built; the quiet hour not yet told.
    expect(res.json<{ totals: Record<string, number> }>().totals).toEqual({
      held: 4,
      decisions: 5,
      adopted: 4,
      carriedOut: 2,
    })
  })
})
