import { describe, expect, it } from 'vitest'
import { testDialect } from '../../../test/setup/db.js'
import { useTestApp, type Client } from '../../../test/setup/app.js'
import { demoWorld } from '../../../test/setup/factories.js'

interface Unit {
  id: string
  nodeId: string
  parentUnitId: string | null
  kind: string
  kindName: string
  function: string | null
  functionName: string | null
  name: string
  version: number
}
interface Fused {
  items: { node: { id: string; name: string; kind: string }; units: Unit[] }[]
  truncated: boolean
}
interface ErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> }
}

describe(`the fused network on the org tree (${testDialect})`, () => {
  const t = useTestApp()

  /** A fresh community (made by the district admin) with one grid and one building, all through the API. */
  async function freshCommunity(admin: Client) {
    const world = await demoWorld(t().ctx.db)
    const add = async (parentId: string, kind: string, code: string, name: string) => {
      const res = await admin.request('POST', '/api/v1/org/nodes', { parentId, kind, code, name })
      expect(res.statusCode).toBe(201)
      return res.json<{ id: string }>().id
    }
    const community = await add(world.park.id, 'community', 'T-C1', '同心测试社区')
    const grid = await add(community, 'grid', 'T-C1-G1', '第一网格')
    const building = await add(grid, 'building', 'T-C1-B01', '1号楼')
    return { world, community, grid, building }
  }

  it('builds the three networks on one tree and shows it as node → bodies', async () => {
    const admin = await t().login('admin')
    const { community, grid, building } = await freshCommunity(admin)
    const create = (body: Record<string, unknown>) => admin.request('POST', '/api/v1/org/units', body)

    const committee = await create({ nodeId: community, kind: 'party_committee' })
    expect(committee.statusCode).toBe(201)
    expect(committee.json<Unit>()).toMatchObject({
      name: '同心测试社区党委',
      kindName: '社区党委',
      version: 1,
    })
    const committeeId = committee.json<Unit>().id
    expect(
      (await create({ nodeId: community, kind: 'residents_committee', name: '同心居委会' })).statusCode,
    ).toBe(201)
    const department = await create({
      nodeId: community,
      kind: 'department',
      function: 'property',
      parentUnitId: committeeId,
    })
    expect(department.statusCode).toBe(201)
    expect(department.json<Unit>()).toMatchObject({
      name: '物业管理',
      functionName: '物业管理',
      parentUnitId: committeeId,
    })
    expect((await create({ nodeId: grid, kind: 'party_branch' })).statusCode).toBe(201)
    expect((await create({ nodeId: building, kind: 'party_group' })).statusCode).toBe(201)
    expect((await create({ nodeId: building, kind: 'building_council' })).statusCode).toBe(201)

    const tree = await admin.request('GET', `/api/v1/org/nodes/${community}/units?subtree=true`)
    expect(tree.statusCode).toBe(200)
    const view = tree.json<Fused>()
    expect(view.truncated).toBe(false)
    expect(view.items.map((i) => [i.node.name, i.units.map((u) => u.name)])).toEqual([
      ['同心测试社区', ['同心测试社区党委', '同心居委会', '物业管理']],
      ['第一网格', ['第一网格党支部']],
      ['1号楼', ['1号楼党小组', '1号楼楼栋长议事会']],
    ])
    const one = (await admin.request('GET', `/api/v1/org/nodes/${grid}/units`)).json<Fused>()
    expect(one.items).toHaveLength(1)
    expect(one.items[0]?.units.map((u) => u.kindName)).toEqual(['网格党支部'])

    const audit = await admin.request('GET', `/api/v1/audit?action=org.create_unit&targetId=${committeeId}`)
    const entries = audit.json<{ items: { summary: Record<string, unknown> }[] }>().items
    expect(entries).toHaveLength(1)
    expect(entries[0]?.summary).toMatchObject({
      kind: 'party_committee',
      name: '同心测试社区党委',
      node: '同心测试社区',
    })
  })

  it('refuses bodies in the wrong place with a clear reason', async () => {
    const admin = await t().login('admin')
    const { community, grid, building } = await freshCommunity(admin)
    const create = (body: Record<string, unknown>) => admin.request('POST', '/api/v1/org/units', body)

    const branchOnBuilding = await create({ nodeId: building, kind: 'party_branch' })
    expect(branchOnBuilding.statusCode).toBe(422)
    expect(branchOnBuilding.json<ErrorBody>().error).toMatchObject({
      code: 'UNPROCESSABLE',
      message: '无法处理该请求：网格党支部不能设在楼栋上（只能设在网格）。',
    })

    const orphan = await create({ nodeId: community, kind: 'department', function: 'livelihood' })
    expect(orphan.statusCode).toBe(422)
    expect(orphan.json<ErrorBody>().error.message).toBe('无法处理该请求：党委部门只能设在社区党委之下。')

    const council = (await create({ nodeId: community, kind: 'residents_committee' })).json<Unit>()
    const underCouncil = await create({
      nodeId: community,
      kind: 'department',
      function: 'livelihood',
      parentUnitId: council.id,
    })
    expect(underCouncil.statusCode).toBe(422)
    expect(underCouncil.json<ErrorBody>().error.details).toMatchObject({ field: 'parentUnitId' })

    const committee = (await create({ nodeId: community, kind: 'party_committee' })).json<Unit>()
    const noFunction = await create({ nodeId: community, kind: 'department', parentUnitId: committee.id })
    expect(noFunction.statusCode).toBe(422)
    expect(noFunction.json<ErrorBody>().error.details).toMatchObject({ field: 'function' })
    const atGrid = await create({
      nodeId: grid,
      kind: 'department',
      function: 'governance',
      parentUnitId: committee.id,
    })
    expect(atGrid.statusCode).toBe(422)

    const second = await create({ nodeId: community, kind: 'party_committee' })
    expect(second.statusCode).toBe(409)
    expect(second.json<ErrorBody>().error).toMatchObject({
      code: 'CONFLICT',
      message: '操作与现有数据冲突：该节点已有社区党委。',
    })
    await create({
      nodeId: community,
      kind: 'department',
      function: 'governance',
      parentUnitId: committee.id,
    })
    const twice = await create({
      nodeId: community,
      kind: 'department',
      function: 'governance',
      parentUnitId: committee.id,
    })
    expect(twice.statusCode).toBe(409)
    expect(twice.json<ErrorBody>().error.message).toBe('操作与现有数据冲突：该节点已有综合治理部门。')
    // Nothing was written by the refusals.
    const units = await t()
      .ctx.db.selectFrom('org_units')
      .select('kind')
      .where('community_id', '=', community)
      .execute()
    expect(units.map((u) => u.kind).sort()).toEqual(['department', 'party_committee', 'residents_committee'])
  })

  it('keeps each secretary to her own community, and a grid worker to reading', async () => {
    const world = await demoWorld(t().ctx.db)
    const secretary = await t().login('shuji')
    const worker = await t().login('wangge1')
    const other = await secretary.request('POST', '/api/v1/org/units', {
      nodeId: world.otherGrid.id,
      kind: 'party_branch',
    })
    expect(other.statusCode).toBe(404)
    expect(other.json<ErrorBody>().error.code).toBe('NOT_FOUND_OR_NO_ACCESS')
    const grid1 = world.grids[0]!
    expect(
      (await worker.request('POST', '/api/v1/org/units', { nodeId: grid1.id, kind: 'party_branch' }))
        .statusCode,
    ).toBe(404)
    // The secretary adds a grid of her own and its branch; the worker reads his grid but not the community.
    const grid = await secretary.request('POST', '/api/v1/org/nodes', {
      parentId: world.zhangma.id,
      kind: 'grid',
      code: 'T-ZM-G9',
      name: '第九网格',
    })
    expect(grid.statusCode).toBe(201)
    const branch = await secretary.request('POST', '/api/v1/org/units', {
      nodeId: grid.json<{ id: string }>().id,
      kind: 'party_branch',
    })
    expect(branch.statusCode).toBe(201)
    expect((await worker.request('GET', `/api/v1/org/nodes/${grid1.id}/units?subtree=true`)).statusCode).toBe(
      200,
    )
    expect((await worker.request('GET', `/api/v1/org/nodes/${world.zhangma.id}/units`)).statusCode).toBe(404)
    expect(
      (
        await worker.request('PATCH', `/api/v1/org/units/${branch.json<Unit>().id}`, {
          version: 1,
          name: 'x',
        })
      ).statusCode,
    ).toBe(404)
  })

  it('renames a body with its version, audits it, and refuses a stale version', async () => {
    const admin = await t().login('admin')
    const { grid } = await freshCommunity(admin)
    const branch = (
      await admin.request('POST', '/api/v1/org/units', { nodeId: grid, kind: 'party_branch' })
    ).json<Unit>()
    const ok = await admin.request('PATCH', `/api/v1/org/units/${branch.id}`, {
      version: 1,
      name: '红网格党支部',
    })
    expect(ok.statusCode).toBe(200)
    expect(ok.json<Unit>()).toMatchObject({ name: '红网格党支部', version: 2 })
    const stale = await admin.request('PATCH', `/api/v1/org/units/${branch.id}`, {
      version: 1,
      name: '又一个',
    })
    expect(stale.statusCode).toBe(409)
    expect(stale.json<ErrorBody>().error.code).toBe('VERSION_CONFLICT')
    const audit = await admin.request('GET', `/api/v1/audit?action=org.rename_unit&targetId=${branch.id}`)
    const entries = audit.json<{ items: { summary: { changes: unknown } }[] }>().items
    expect(entries).toHaveLength(1)
    expect(entries[0]?.summary.changes).toEqual({ name: { from: '第一网格党支部', to: '红网格党支部' } })
  })
})
