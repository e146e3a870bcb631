import { describe, expect, it } from 'vitest'
import { testDialect } from '../../../test/setup/db.js'
import { useTestApp } from '../../../test/setup/app.js'

interface TreeNode {
  id: string
  kind: string
  name: string
  version: number
  inScope: boolean
}

describe(`org tree and scope (${testDialect})`, () => {
  const t = useTestApp()

  it('shows a grid worker only their grid, with ancestors marked out of scope', async () => {
    const worker = await t().login('wangge1')
    const res = await worker.request('GET', '/api/v1/org/tree')
    expect(res.statusCode).toBe(200)
    const nodes = res.json<{ nodes: TreeNode[] }>().nodes
    const inScope = nodes.filter((n) => n.inScope)
    expect(inScope.map((n) => n.name)).toEqual(['第一网格', '1号楼', '2号楼', '3号楼'])
    expect(nodes.filter((n) => !n.inScope).map((n) => n.kind)).toEqual(['district', 'park', 'community'])
  })

  it('answers "not found or no access" for a node outside the scope, exactly as for a missing one', async () => {
    const secretary = await t().login('shuji')
    const all = (await (await t().login('jiedao')).request('GET', '/api/v1/org/tree')).json<{
      nodes: TreeNode[]
    }>()
    const other = all.nodes.find((n) => n.name === '花河佳苑社区')
    expect(other).toBeDefined()
    const outside = await secretary.request('GET', `/api/v1/org/nodes/${other?.id}`)
    const missing = await secretary.request('GET', '/api/v1/org/nodes/01900000-0000-7000-8000-000000000000')
    expect(outside.statusCode).toBe(404)
    expect(missing.statusCode).toBe(404)
    expect(outside.json()).toEqual(missing.json())
    expect(outside.json<{ error: { code: string } }>().error.code).toBe('NOT_FOUND_OR_NO_ACCESS')
  })

  it('lets the secretary rename a grid, audits it, and refuses a stale version with 409', async () => {
    const secretary = await t().login('shuji')
    const tree = (await secretary.request('GET', '/api/v1/org/tree')).json<{ nodes: TreeNode[] }>()
    const grid = tree.nodes.find((n) => n.name === '第二网格')
    if (!grid) throw new Error('grid missing')
    const ok = await secretary.request('PATCH', `/api/v1/org/nodes/${grid.id}`, {
      version: grid.version,
      name: '幸福网格',
    })
    expect(ok.statusCode).toBe(200)
    expect(ok.json<TreeNode>().version).toBe(grid.version + 1)
    const stale = await secretary.request('PATCH', `/api/v1/org/nodes/${grid.id}`, {
      version: grid.version,
      name: '又一个名字',
    })
    expect(stale.statusCode).toBe(409)
    expect(stale.json<{ error: { code: string; message: string } }>().error).toMatchObject({
      code: 'VERSION_CONFLICT',
      message: '该记录已被他人修改，请刷新后再试。',
    })
    const after = await secretary.request('GET', `/api/v1/org/nodes/${grid.id}`)
    expect(after.json<TreeNode>().name).toBe('幸福网格')
    const audit = await secretary.request('GET', `/api/v1/audit?targetId=${grid.id}&action=org.update_node`)
    const entries = audit.json<{ items: { actorLabel: string; summary: { changes: unknown } }[] }>().items
    expect(entries).toHaveLength(1)
    expect(entries[0]?.summary.changes).toEqual({ name: { from: '第二网格', to: '幸福网格' } })
  })

  it('does not let a grid worker rename their own grid (no org.update in that grant)', async () => {
    const worker = await t().login('wangge1')
    const tree = (await worker.request('GET', '/api/v1/org/tree')).json<{ nodes: TreeNode[] }>()
    const grid = tree.nodes.find((n) => n.name === '第一网格')
    const res = await worker.request('PATCH', `/api/v1/org/nodes/${grid?.id}`, { version: 1, name: 'x' })
    expect(res.statusCode).toBe(404)
  })
})
