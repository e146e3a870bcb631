import { describe, expect, it } from 'vitest'
import { testDialect } from '../../../test/setup/db.js'
import { useTestApp, type Client } from '../../../test/setup/app.js'
import { addRoom, demoWorld } from '../../../test/setup/factories.js'

interface Facility {
  id: string
  nodeId: string
  nodeName: string
  category: string
  categoryName: string
  code: string
  name: string
  state: string
  stateName: string
  lat: number | null
  lng: number | null
  version: number
}
interface Place {
  id: string
  kind: string
  version: number
  address: string | null
  roomUse: string | null
  roomState: string | null
  boundary: { type: string; coordinates: unknown[] } | null
}
interface ErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> }
}
interface AuditItem {
  action: string
  summary: Record<string, unknown>
}

const square = [
  [119.01, 33.5],
  [119.02, 33.5],
  [119.02, 33.51],
  [119.01, 33.51],
  [119.01, 33.5],
]

describe(`facilities of a community (${testDialect})`, () => {
  const t = useTestApp()

  /** A grid of the secretary's own (so what is listed under it is only what the test put there). */
  async function ownGrid(secretary: Client) {
    const world = await demoWorld(t().ctx.db)
    const grid = await secretary.request('POST', '/api/v1/org/nodes', {
      parentId: world.zhangma.id,
      kind: 'grid',
      code: 'T-ZM-G8',
      name: '第八网格',
    })
    expect(grid.statusCode).toBe(201)
    const gridId = grid.json<Place>().id
    const building = await secretary.request('POST', '/api/v1/org/nodes', {
      parentId: gridId,
      kind: 'building',
      code: 'T-ZM-B80',
      name: '80号楼',
      address: '张码花园社区80号楼',
      lat: 33.51,
      lng: 119.02,
    })
    expect(building.statusCode).toBe(201)
    return { world, gridId, buildingId: building.json<Place>().id }
  }

  it('registers facilities at nodes and lists them by category and state, a page at a time', async () => {
    const secretary = await t().login('shuji')
    const { gridId, buildingId } = await ownGrid(secretary)
    const add = (body: Record<string, unknown>) => secretary.request('POST', '/api/v1/facilities', body)
    const hall = await add({
      nodeId: gridId,
      category: 'consultation_room',
      code: 'T-YS-01',
      name: '第八网格议事室',
      location: '80号楼一楼',
    })
    expect(hall.statusCode).toBe(201)
    expect(hall.json<Facility>()).toMatchObject({
      categoryName: '议事室',
      state: 'in_service',
      stateName: '在用',
      nodeName: '第八网格',
      version: 1,
    })
    for (const n of [1, 2, 3]) {
      const lamp = await add({
        nodeId: buildingId,
        category: 'street_lamp',
        code: `T-LD-0${n}`,
        name: `路灯${n}`,
        ...(n === 3 ? { state: 'faulty', lat: 33.51, lng: 119.02 } : {}),
      })
      expect(lamp.statusCode).toBe(201)
    }
    const lamps = await secretary.request(
      'GET',
      `/api/v1/org/nodes/${gridId}/facilities?category=street_lamp&limit=2`,
    )
    expect(lamps.statusCode).toBe(200)
    const page1 = lamps.json<{ items: Facility[]; nextCursor: string | null }>()
    expect(page1.items.map((f) => f.code)).toEqual(['T-LD-01', 'T-LD-02'])
    expect(page1.items[0]?.nodeName).toBe('80号楼')
    const page2 = (
      await secretary.request(
        'GET',
        `/api/v1/org/nodes/${gridId}/facilities?category=street_lamp&limit=2&cursor=${page1.nextCursor}`,
      )
    ).json<{ items: Facility[]; nextCursor: string | null }>()
    expect(page2).toMatchObject({
      items: [{ code: 'T-LD-03', state: 'faulty', lat: 33.51 }],
      nextCursor: null,
    })
    const faulty = (
      await secretary.request('GET', `/api/v1/org/nodes/${gridId}/facilities?state=faulty`)
    ).json<{ items: Facility[] }>()
    expect(faulty.items.map((f) => f.code)).toEqual(['T-LD-03'])
    const atBuilding = (await secretary.request('GET', `/api/v1/org/nodes/${buildingId}/facilities`)).json<{
      items: Facility[]
    }>()
    expect(atBuilding.items).toHaveLength(3)
    const audit = (
      await secretary.request(
        'GET',
        `/api/v1/audit?action=facility.create&targetId=${hall.json<Facility>().id}`,
      )
    ).json<{ items: AuditItem[] }>()
    expect(audit.items[0]?.summary).toMatchObject({ category: 'consultation_room', code: 'T-YS-01' })
  })

  it('refuses a duplicate facility code with 409 and bad coordinates with 422', async () => {
    const secretary = await t().login('shuji')
    const { gridId } = await ownGrid(secretary)
    const body = { nodeId: gridId, category: 'parking_space', code: 'T-P-001', name: '1号车位' }
    expect((await secretary.request('POST', '/api/v1/facilities', body)).statusCode).toBe(201)
    const again = await secretary.request('POST', '/api/v1/facilities', { ...body, name: '另一个车位' })
    expect(again.statusCode).toBe(409)
    expect(again.json<ErrorBody>().error).toMatchObject({
      code: 'CONFLICT',
      message: '操作与现有数据冲突：设施编码已被使用。',
    })
    const half = await secretary.request('POST', '/api/v1/facilities', {
      ...body,
      code: 'T-P-002',
      lat: 33.5,
    })
    expect(half.statusCode).toBe(422)
    expect(half.json<ErrorBody>().error.message).toBe('无法处理该请求：经度和纬度须同时填写。')
    const unknown = await secretary.request('POST', '/api/v1/facilities', {
      ...body,
      code: 'T-P-003',
      category: 'ufo',
    })
    expect(unknown.statusCode).toBe(400)
    // Re-coding one facility to another's code is refused the same way.
    const second = (
      await secretary.request('POST', '/api/v1/facilities', { ...body, code: 'T-P-004', name: '4号车位' })
    ).json<Facility>()
    const recode = await secretary.request('PATCH', `/api/v1/facilities/${second.id}`, {
      version: 1,
      code: 'T-P-001',
    })
    expect(recode.statusCode).toBe(409)
    expect(recode.json<ErrorBody>().error.code).toBe('CONFLICT')
  })

  it('does not let the secretary of 张码花园社区 add or see facilities in 花河佳苑社区', async () => {
    const world = await demoWorld(t().ctx.db)
    const secretary = await t().login('shuji')
    const res = await secretary.request('POST', '/api/v1/facilities', {
      nodeId: world.huahe.id,
      category: 'service_hall',
      code: 'T-HH-01',
      name: '一站式服务大厅',
    })
    expect(res.statusCode).toBe(404)
    expect(res.json<ErrorBody>().error.code).toBe('NOT_FOUND_OR_NO_ACCESS')
    expect(
      (await secretary.request('GET', `/api/v1/org/nodes/${world.huahe.id}/facilities`)).statusCode,
    ).toBe(404)
    // The district admin adds one there; the secretary still cannot change it.
    const admin = await t().login('admin')
    const theirs = (
      await admin.request('POST', '/api/v1/facilities', {
        nodeId: world.huahe.id,
        category: 'service_hall',
        code: 'T-HH-01',
        name: '一站式服务大厅',
      })
    ).json<Facility>()
    const change = await secretary.request('PATCH', `/api/v1/facilities/${theirs.id}`, {
      version: 1,
      state: 'faulty',
    })
    expect(change.statusCode).toBe(404)
    // A grid worker reads facilities in his grid but may not register them.
    const worker = await t().login('wangge1')
    expect(
      (await worker.request('GET', `/api/v1/org/nodes/${world.grids[0]!.id}/facilities`)).statusCode,
    ).toBe(200)
    const workerAdd = await worker.request('POST', '/api/v1/facilities', {
      nodeId: world.grids[0]!.id,
      category: 'street_lamp',
      code: 'T-LD-99',
      name: '路灯',
    })
    expect(workerAdd.statusCode).toBe(404)
  })

  it('changes state with its version, audits each change of state, and never revives a retired facility', async () => {
    const secretary = await t().login('shuji')
    const { buildingId } = await ownGrid(secretary)
    const lamp = (
      await secretary.request('POST', '/api/v1/facilities', {
        nodeId: buildingId,
        category: 'street_lamp',
        code: 'T-LD-10',
        name: '80号楼路灯',
      })
    ).json<Facility>()
    const broken = await secretary.request('PATCH', `/api/v1/facilities/${lamp.id}`, {
      version: 1,
      state: 'faulty',
    })
    expect(broken.statusCode).toBe(200)
    expect(broken.json<Facility>()).toMatchObject({ state: 'faulty', stateName: '故障', version: 2 })
    const stale = await secretary.request('PATCH', `/api/v1/facilities/${lamp.id}`, {
      version: 1,
      name: '旧',
    })
    expect(stale.statusCode).toBe(409)
    expect(stale.json<ErrorBody>().error.code).toBe('VERSION_CONFLICT')
    const renamed = await secretary.request('PATCH', `/api/v1/facilities/${lamp.id}`, {
      version: 2,
      name: '东侧路灯',
    })
    expect(renamed.json<Facility>()).toMatchObject({ name: '东侧路灯', state: 'faulty', version: 3 })
    await secretary.request('PATCH', `/api/v1/facilities/${lamp.id}`, { version: 3, state: 'retired' })
    const revive = await secretary.request('PATCH', `/api/v1/facilities/${lamp.id}`, {
      version: 4,
      state: 'in_service',
    })
    expect(revive.statusCode).toBe(409)
    expect(revive.json<ErrorBody>().error).toMatchObject({
      code: 'INVALID_TRANSITION',
      message: '当前状态（已报废）下不能执行“改为在用”。',
    })
    const audit = (await secretary.request('GET', `/api/v1/audit?targetId=${lamp.id}`)).json<{
      items: AuditItem[]
    }>()
    expect(audit.items.map((e) => e.action)).toEqual([
      'facility.change_state',
      'facility.update',
      'facility.change_state',
      'facility.create',
    ])
    expect(audit.items[0]?.summary).toMatchObject({ from: 'faulty', to: 'retired' })
    expect(audit.items[2]?.summary).toMatchObject({ from: 'in_service', to: 'faulty' })
    expect(audit.items[1]?.summary).toMatchObject({
      changes: { name: { from: '80号楼路灯', to: '东侧路灯' } },
    })
  })
})

describe(`places: adding nodes, rooms and grid boundaries (${testDialect})`, () => {
  const t = useTestApp()

  it('adds a grid with a closed boundary and refuses one whose ring is not closed', async () => {
    const world = await demoWorld(t().ctx.db)
    const secretary = await t().login('shuji')
    const ok = await secretary.request('POST', '/api/v1/org/nodes', {
      parentId: world.zhangma.id,
      kind: 'grid',
      code: 'T-ZM-G7',
      name: '第七网格',
      boundary: { type: 'Polygon', coordinates: [square] },
    })
    expect(ok.statusCode).toBe(201)
    expect(ok.json<Place>()).toMatchObject({
      kind: 'grid',
      boundary: { type: 'Polygon', coordinates: [square] },
    })
    const open = await secretary.request('POST', '/api/v1/org/nodes', {
      parentId: world.zhangma.id,
      kind: 'grid',
      code: 'T-ZM-G6',
      name: '第六网格',
      boundary: { type: 'Polygon', coordinates: [square.slice(0, 4).concat([[119.0, 33.4]])] },
    })
    expect(open.statusCode).toBe(422)
    expect(open.json<ErrorBody>().error).toMatchObject({
      code: 'UNPROCESSABLE',
      message: '无法处理该请求：第 1 个环未闭合（首尾坐标须相同）。',
      details: { field: 'boundary/coordinates/0' },
    })
    const notGeoJson = await secretary.request('POST', '/api/v1/org/nodes', {
      parentId: world.zhangma.id,
      kind: 'grid',
      code: 'T-ZM-G6',
      name: '第六网格',
      boundary: { type: 'Polygon', coordinates: [[['119', '33']]] },
    })
    expect(notGeoJson.statusCode).toBe(400)
    const onBuilding = await secretary.request('POST', '/api/v1/org/nodes', {
      parentId: ok.json<Place>().id,
      kind: 'building',
      code: 'T-ZM-B70',
      name: '70号楼',
      boundary: { type: 'Polygon', coordinates: [square] },
    })
    expect(onBuilding.statusCode).toBe(422)
    expect(onBuilding.json<ErrorBody>().error.message).toBe('无法处理该请求：该类型节点不能设置边界。')
    const duplicate = await secretary.request('POST', '/api/v1/org/nodes', {
      parentId: world.zhangma.id,
      kind: 'grid',
      code: 'T-ZM-G7',
      name: '重复',
    })
    expect(duplicate.statusCode).toBe(409)
    const wrongLevel = await secretary.request('POST', '/api/v1/org/nodes', {
      parentId: world.zhangma.id,
      kind: 'building',
      code: 'T-ZM-B71',
      name: '71号楼',
    })
    expect(wrongLevel.statusCode).toBe(422)
    const elsewhere = await secretary.request('POST', '/api/v1/org/nodes', {
      parentId: world.huahe.id,
      kind: 'grid',
      code: 'T-HH-G9',
      name: '第九网格',
    })
    expect(elsewhere.statusCode).toBe(404)
  })

  it("changes a room's use and state and a grid's boundary with their versions, and audits them", async () => {
    const world = await demoWorld(t().ctx.db)
    const secretary = await t().login('shuji')
    const room = await addRoom(t().ctx.db, world.grid1Buildings[0]!, { unit: 9, room: '2908' })
    const shop = await secretary.request('PATCH', `/api/v1/org/nodes/${room.id}/place`, {
      version: room.version,
      roomUse: 'shop',
      roomState: 'rented',
    })
    expect(shop.statusCode).toBe(200)
    expect(shop.json<Place>()).toMatchObject({
      roomUse: 'shop',
      roomState: 'rented',
      version: room.version + 1,
    })
    const stale = await secretary.request('PATCH', `/api/v1/org/nodes/${room.id}/place`, {
      version: room.version,
      roomState: 'vacant',
    })
    expect(stale.statusCode).toBe(409)
    const gridRoomUse = await secretary.request('PATCH', `/api/v1/org/nodes/${world.grids[0]!.id}/place`, {
      version: world.grids[0]!.version,
      roomUse: 'shop',
    })
    expect(gridRoomUse.statusCode).toBe(422)
    const grid = world.grids[1]!
    const bounded = await secretary.request('PATCH', `/api/v1/org/nodes/${grid.id}/place`, {
      version: grid.version,
      boundary: { type: 'MultiPolygon', coordinates: [[square], [square]] },
    })
    expect(bounded.statusCode).toBe(200)
    expect(bounded.json<Place>().boundary?.type).toBe('MultiPolygon')
    const cleared = await secretary.request('PATCH', `/api/v1/org/nodes/${grid.id}/place`, {
      version: grid.version + 1,
      boundary: null,
    })
    expect(cleared.json<Place>().boundary).toBeNull()
    const worker = await t().login('wangge1')
    const byWorker = await worker.request('PATCH', `/api/v1/org/nodes/${room.id}/place`, {
      version: room.version + 1,
      roomState: 'vacant',
    })
    expect(byWorker.statusCode).toBe(404)
    const roomAudit = (
      await secretary.request('GET', `/api/v1/audit?action=org.update_place&targetId=${room.id}`)
    ).json<{ items: AuditItem[] }>()
    expect(roomAudit.items[0]?.summary).toEqual({
      kind: 'room',
      changes: { roomUse: { from: 'dwelling', to: 'shop' }, roomState: { from: 'occupied', to: 'rented' } },
    })
    const gridAudit = (
      await secretary.request('GET', `/api/v1/audit?action=org.update_place&targetId=${grid.id}`)
    ).json<{ items: AuditItem[] }>()
    expect(gridAudit.items.map((e) => e.summary.changes)).toEqual([
      { boundary: { from: { points: 10 }, to: null } },
      { boundary: { from: null, to: { points: 10 } } },
    ])
  })
})
