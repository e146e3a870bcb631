import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { testDialect } from '../../../test/setup/db.js'
import { useTestApp } from '../../../test/setup/app.js'

interface Entry {
  id: string
  action: string
  targetId: string | null
  actorLabel: string
}

describe(`the audit log (${testDialect})`, () => {
  const t = useTestApp()

  async function renameGrids(): Promise<{ zhangmaGrid: string; huaheGrid: string }> {
    const leader = await t().login('jiedao')
    const admin = await t().login('admin')
    const tree = (await leader.request('GET', '/api/v1/org/tree')).json<{
      nodes: { id: string; name: string; kind: string; parentId: string; version: number }[]
    }>().nodes
    const community = (name: string) => tree.find((n) => n.name === name)?.id
    const zhangma = tree.find((n) => n.kind === 'grid' && n.parentId === community('张码花园社区'))
    const huahe = tree.find((n) => n.kind === 'grid' && n.parentId === community('花河佳苑社区'))
    if (!zhangma || !huahe) throw new Error('grids missing')
    for (const grid of [zhangma, huahe]) {
      const res = await admin.request('PATCH', `/api/v1/org/nodes/${grid.id}`, {
        version: grid.version,
        name: `改名${grid.name}`,
      })
      expect(res.statusCode).toBe(200)
    }
    return { zhangmaGrid: zhangma.id, huaheGrid: huahe.id }
  }

  it('shows a community secretary the entries of her community only, newest first, a page at a time', async () => {
    const { zhangmaGrid, huaheGrid } = await renameGrids()
    const secretary = await t().login('shuji')
    const page = (await secretary.request('GET', '/api/v1/audit?action=org.update_node')).json<{
      items: Entry[]
    }>()
    expect(page.items.map((e) => e.targetId)).toEqual([zhangmaGrid])
    expect(page.items.map((e) => e.targetId)).not.toContain(huaheGrid)

    const auditor = await t().login('shenji')
    const first = (await auditor.request('GET', '/api/v1/audit?action=org.update_node&limit=1')).json<{
      items: Entry[]
      nextCursor: string | null
    }>()
    expect(first.items.map((e) => e.targetId)).toEqual([huaheGrid])
    expect(first.nextCursor).not.toBeNull()
    const second = (
      await auditor.request('GET', `/api/v1/audit?action=org.update_node&limit=1&cursor=${first.nextCursor}`)
    ).json<{ items: Entry[]; nextCursor: string | null }>()
    expect(second.items.map((e) => e.targetId)).toEqual([zhangmaGrid])
    expect(second.nextCursor).toBeNull()
  })

  it('is closed to roles without audit.read', async () => {
    const worker = await t().login('wangge1')
    const res = await worker.request('GET', '/api/v1/audit')
    expect(res.statusCode).toBe(403)
  })

  it('refuses a garbled cursor', async () => {
    const auditor = await t().login('shenji')
    const res = await auditor.request('GET', '/api/v1/audit?cursor=bm90LWpzb24')
    expect(res.statusCode).toBe(400)
  })

  it('cannot be edited or deleted, even with direct SQL', async () => {
    await renameGrids()
    const db = t().ctx.db
    await expect(sql`update audit_log set action = 'nothing happened'`.execute(db)).rejects.toThrow(
      /append-only/,
    )
    await expect(sql`delete from audit_log`.execute(db)).rejects.toThrow(/append-only/)
    const rows = await db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'org.update_node')
      .execute()
    expect(rows).toHaveLength(2)
  })
})
