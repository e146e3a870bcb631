import { describe, expect, it } from 'vitest'
import { testDialect } from '../../../test/setup/db.js'
import { useTestApp, type TestApp } from '../../../test/setup/app.js'
import { addPerson, demoWorld } from '../../../test/setup/factories.js'
import { systemActor } from '../../platform/access.js'
import { createUser } from '../accounts/index.js'

interface PostView {
  id: string
  person: { id: string; name: string }
  postType: string
  postTypeZh: string
  place: { kind: string; id: string; name: string }
  title: string
  duties: string[]
  role: string | null
  userId: string | null
  granted: boolean
  startedOn: string | null
  endedOn: string | null
  version: number
}
interface ErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> }
}
interface SessionBody {
  user: { grants: { role: string; scopeKind: string; scopeName: string }[] }
}

const PASSWORD = 'tongxin@2026'

/** A resident of grid 2 who has an account: the cross-appointed person of these tests. */
async function crossAppointee(t: TestApp) {
  const db = t.ctx.db
  const world = await demoWorld(db)
  const grid2 = world.grids[1]
  const liwan = world.villages.find((v) => v.name === '李湾村')
  if (!grid2 || !liwan) throw new Error('demo world missing')
  const person = await addPerson(db, t.ctx.pii, grid2, { name: '刘建华', originVillageId: liwan.id })
  const { id: userId } = await createUser(db, {
    actor: systemActor('test'),
    user: { username: 'wangge2', displayName: '刘建华', password: PASSWORD },
    now: Date.now(),
  })
  return { world, grid2, liwan, person, userId }
}

async function grantsOf(t: TestApp, userId: string) {
  return t.ctx.db
    .selectFrom('grants')
    .select(['role', 'scope_kind', 'scope_id', 'post_id'])
    .where('user_id', '=', userId)
    .orderBy('role')
    .execute()
}

describe(`posts and cross-appointment (${testDialect})`, () => {
  const t = useTestApp()

  it("ends a village accountant post without touching the same person's grid worker access", async () => {
    const c = await crossAppointee(t())
    const secretary = await t().login('shuji')
    const admin = await t().login('admin')

    const gridPost = await secretary.request('POST', '/api/v1/posts', {
      personId: c.person.id,
      postType: 'grid_worker',
      nodeId: c.grid2.id,
      userId: c.userId,
      startedOn: '2025-03-01',
    })
    expect(gridPost.statusCode).toBe(200)
    expect(gridPost.json<PostView>()).toMatchObject({
      postTypeZh: '网格员',
      title: '第二网格网格员',
      place: { kind: 'grid', id: c.grid2.id, name: '第二网格' },
      role: 'grid_worker',
      granted: true,
      startedOn: '2025-03-01',
    })
    expect(gridPost.json<PostView>().duties.length).toBeGreaterThan(0)

    // A community's secretary does not manage the village's accounts; the district admin does.
    const body = {
      personId: c.person.id,
      postType: 'village_accountant',
      villageId: c.liwan.id,
      userId: c.userId,
      title: '李湾村报账员',
      duties: ['独立核算村集体账目', '每季度公开财务'],
    }
    expect((await secretary.request('POST', '/api/v1/posts', body)).statusCode).toBe(404)
    const villagePost = await admin.request('POST', '/api/v1/posts', body)
    expect(villagePost.statusCode).toBe(200)
    const accountant = villagePost.json<PostView>()
    expect(accountant).toMatchObject({
      place: { kind: 'village', id: c.liwan.id, name: '李湾村' },
      title: '李湾村报账员',
      duties: ['独立核算村集体账目', '每季度公开财务'],
      role: 'village_accountant',
      granted: true,
    })

    const before = await t().login('wangge2')
    const session = (await before.request('GET', '/api/v1/auth/session')).json<SessionBody>()
    expect(session.user.grants.map((g) => g.role).sort()).toEqual(['grid_worker', 'village_accountant'])

    // The community's cross-appointment table shows both posts of the person, the village one too.
    const table = await secretary.request('GET', `/api/v1/org/nodes/${c.world.zhangma.id}/posts`)
    expect(table.statusCode).toBe(200)
    const holder = table
      .json<{ items: { person: { id: string }; posts: PostView[] }[] }>()
      .items.find((i) => i.person.id === c.person.id)
    expect(holder?.posts.map((p) => p.title).sort()).toEqual(['李湾村报账员', '第二网格网格员'])

    const ended = await admin.request('POST', `/api/v1/posts/${accountant.id}/end`, { version: 1 })
    expect(ended.statusCode).toBe(200)
    expect(ended.json<PostView>()).toMatchObject({ granted: false, version: 2 })
    expect(ended.json<PostView>().endedOn).not.toBeNull()

    const left = await grantsOf(t(), c.userId)
    expect(left).toEqual([
      { role: 'grid_worker', scope_kind: 'org', scope_id: c.grid2.id, post_id: gridPost.json<PostView>().id },
    ])
    const revoked = await t()
      .ctx.db.selectFrom('audit_log')
      .select(['target_id', 'village_id'])
      .where('action', '=', 'user.revoke_role')
      .execute()
    expect(revoked).toEqual([{ target_id: c.userId, village_id: c.liwan.id }])

    // Still signed in, still able to read grid 2; the same goes for a new sign-in.
    expect((await before.request('GET', `/api/v1/org/nodes/${c.grid2.id}`)).statusCode).toBe(200)
    const after = await t().login('wangge2')
    expect((await after.request('GET', `/api/v1/org/nodes/${c.grid2.id}`)).statusCode).toBe(200)
    const now = (await after.request('GET', '/api/v1/auth/session')).json<SessionBody>()
    expect(now.user.grants.map((g) => g.role)).toEqual(['grid_worker'])

    const again = await admin.request('POST', `/api/v1/posts/${accountant.id}/end`, { version: 2 })
    expect(again.statusCode).toBe(409)
    expect(again.json<ErrorBody>().error.code).toBe('CONFLICT')
    const mine = await secretary.request('GET', `/api/v1/persons/${c.person.id}/posts`)
    expect(mine.json<{ items: PostView[] }>().items.map((p) => p.postType)).toEqual(['grid_worker'])
    const history = await secretary.request('GET', `/api/v1/persons/${c.person.id}/posts?includeEnded=true`)
    expect(history.json<{ items: PostView[] }>().items).toHaveLength(2)
  })

  it('shares one grant between two posts with the same role and place, and never removes a grant given by hand', async () => {
    const c = await crossAppointee(t())
    const secretary = await t().login('shuji')
    const appoint = async (postType: string) =>
      (
        await secretary.request('POST', '/api/v1/posts', {
          personId: c.person.id,
          postType,
          nodeId: c.grid2.id,
          userId: c.userId,
        })
      ).json<PostView>()
    const branch = await appoint('grid_branch_secretary')
    const worker = await appoint('grid_worker')
    expect([branch.granted, worker.granted]).toEqual([true, true])
    expect(await grantsOf(t(), c.userId)).toHaveLength(1)

    await secretary.request('POST', `/api/v1/posts/${branch.id}/end`, { version: 1 })
    expect(await grantsOf(t(), c.userId)).toEqual([
      { role: 'grid_worker', scope_kind: 'org', scope_id: c.grid2.id, post_id: worker.id },
    ])
    await secretary.request('POST', `/api/v1/posts/${worker.id}/end`, { version: 1 })
    expect(await grantsOf(t(), c.userId)).toEqual([])

    // wangge1's grid worker grant was given by hand; a post for the same role and grid rests on it.
    const wangge1 = await t()
      .ctx.db.selectFrom('users')
      .select('id')
      .where('username', '=', 'wangge1')
      .executeTakeFirstOrThrow()
    const grid1 = c.world.grids[0]
    if (!grid1) throw new Error('grid 1 missing')
    const chen = await addPerson(t().ctx.db, t().ctx.pii, grid1, { name: '陈志强', partyMember: true })
    const post = (
      await secretary.request('POST', '/api/v1/posts', {
        personId: chen.id,
        postType: 'grid_worker',
        nodeId: grid1.id,
        userId: wangge1.id,
      })
    ).json<PostView>()
    expect(post.granted).toBe(false)
    await secretary.request('POST', `/api/v1/posts/${post.id}/end`, { version: 1 })
    expect((await grantsOf(t(), wangge1.id)).map((g) => g.role)).toEqual(['grid_worker', 'party_member'])
  })

  it('refuses a post at the wrong kind of place, a duplicate, a stale version, and writes out of scope', async () => {
    const c = await crossAppointee(t())
    const secretary = await t().login('shuji')
    const building = c.world.grid1Buildings[0]
    const wrong = await secretary.request('POST', '/api/v1/posts', {
      personId: c.person.id,
      postType: 'grid_worker',
      nodeId: building?.id,
    })
    expect(wrong.statusCode).toBe(422)
    expect(wrong.json<ErrorBody>().error.message).toBe(
      '无法处理该请求：“网格员”岗位应设在网格，不能设在楼栋。',
    )

    const both = await secretary.request('POST', '/api/v1/posts', {
      personId: c.person.id,
      postType: 'grid_worker',
      nodeId: c.grid2.id,
      villageId: c.liwan.id,
    })
    expect(both.statusCode).toBe(400)

    const leader = { personId: c.person.id, postType: 'building_leader', nodeId: building?.id }
    const first = await secretary.request('POST', '/api/v1/posts', leader)
    expect(first.json<PostView>()).toMatchObject({ role: 'building_leader', granted: false, userId: null })
    const dup = await secretary.request('POST', '/api/v1/posts', leader)
    expect(dup.statusCode).toBe(409)
    expect(dup.json<ErrorBody>().error.message).toBe('操作与现有数据冲突：该人员已在1号楼担任楼栋长。')

    const stale = await secretary.request('POST', `/api/v1/posts/${first.json<PostView>().id}/end`, {
      version: 7,
    })
    expect(stale.statusCode).toBe(409)
    expect(stale.json<ErrorBody>().error.code).toBe('VERSION_CONFLICT')

    // Duties: at most 20, each at most 100 characters.
    const many = await secretary.request('POST', '/api/v1/posts', {
      personId: c.person.id,
      postType: 'party_member',
      nodeId: c.grid2.id,
      duties: Array.from({ length: 21 }, (_, i) => `职责${i}`),
    })
    expect(many.statusCode).toBe(400)
    const long = await secretary.request('POST', '/api/v1/posts', {
      personId: c.person.id,
      postType: 'party_member',
      nodeId: c.grid2.id,
      duties: ['长'.repeat(101)],
    })
    expect(long.statusCode).toBe(400)

    // A grid worker manages no users: appointing or ending is "not found or no access".
    const worker = await t().login('wangge1')
    const grid1 = c.world.grids[0]
    const byWorker = await worker.request('POST', '/api/v1/posts', {
      personId: c.person.id,
      postType: 'party_member',
      nodeId: grid1?.id,
    })
    expect(byWorker.statusCode).toBe(404)
    const endByWorker = await worker.request('POST', `/api/v1/posts/${first.json<PostView>().id}/end`, {
      version: 1,
    })
    expect(endByWorker.statusCode).toBe(404)
    // Nor may the secretary appoint in the other community.
    const huaheGrid = await secretary.request('POST', '/api/v1/posts', {
      personId: c.person.id,
      postType: 'grid_worker',
      nodeId: c.world.otherGrid.id,
    })
    expect(huaheGrid.statusCode).toBe(404)
    expect(huaheGrid.json<ErrorBody>().error.code).toBe('NOT_FOUND_OR_NO_ACCESS')
    // And the grid worker's table of grid 1 does not reach grid 2's posts.
    const table = await worker.request('GET', `/api/v1/org/nodes/${c.grid2.id}/posts`)
    expect(table.statusCode).toBe(404)
  })

  it('pages the cross-appointment table by name, one row per person', async () => {
    const c = await crossAppointee(t())
    const secretary = await t().login('shuji')
    const grid1 = c.world.grids[0]
    if (!grid1) throw new Error('grid 1 missing')
    const names = ['周敏', '吴强', '郑华']
    for (const name of names) {
      const person = await addPerson(t().ctx.db, t().ctx.pii, grid1, { name, partyMember: true })
      for (const postType of ['party_member', 'grid_branch_secretary']) {
        const res = await secretary.request('POST', '/api/v1/posts', {
          personId: person.id,
          postType,
          nodeId: grid1.id,
        })
        expect(res.statusCode).toBe(200)
      }
    }
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const res = await secretary.request(
        'GET',
        `/api/v1/org/nodes/${grid1.id}/posts?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      )
      const page = res.json<{
        items: { person: { name: string }; posts: PostView[] }[]
        nextCursor: string | null
      }>()
      for (const item of page.items) {
        expect(item.posts).toHaveLength(2)
        seen.push(item.person.name)
      }
      cursor = page.nextCursor
    } while (cursor)
    // By pinyin: wu qiang, zheng hua, zhou min.
    expect(seen).toEqual(['吴强', '郑华', '周敏'])
  })
})
