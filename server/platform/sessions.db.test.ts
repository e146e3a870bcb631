import { describe, expect, it } from 'vitest'
import { testDialect, useTestDb } from '../../test/setup/db.js'
import { createSession, resolveSession } from './sessions.js'

const policy = { idleMs: 12 * 3_600_000, maxMs: 7 * 86_400_000 }

// Resolved sessions are cached per process; what they rest on may change in another process.
// These changes are made with plain SQL, as another server process would make them.
describe(`resolved sessions stay exact while cached (${testDialect})`, () => {
  const t = useTestDb()

  async function setUp() {
    const { db } = t()
    const userId = '01900000-0000-7000-8000-0000000000b1'
    await db
      .insertInto('users')
      .values({
        id: userId,
        username: 'cached',
        display_name: '缓存测试',
        password_hash: 'x',
        locale: 'zh-CN',
        disabled: 0,
        version: 1,
        created_at: 0,
        updated_at: 0,
        password_changed_at: 0,
        provider_id: null,
      })
      .execute()
    const node = await db.selectFrom('org_nodes').select(['id', 'path']).executeTakeFirst()
    const now = Date.now()
    const { token } = await createSession(db, { userId, ip: null, userAgent: null, now, policy })
    return { db, userId, token, now, node }
  }

  it('sees a session ended elsewhere at once', async () => {
    const { db, userId, token, now } = await setUp()
    expect((await resolveSession(db, token, now, policy)).ok).toBe(true)
    expect((await resolveSession(db, token, now + 1, policy)).ok).toBe(true)
    await db.deleteFrom('sessions').where('user_id', '=', userId).execute()
    expect(await resolveSession(db, token, now + 2, policy)).toEqual({ ok: false, reason: 'missing' })
  })

  it('sees a grant given or taken away, and a user disabled, at once', async () => {
    const { db, userId, token, now } = await setUp()
    const first = await resolveSession(db, token, now, policy)
    expect(first.ok && first.session.grants).toEqual([])
    const district = await db
      .insertInto('org_nodes')
      .values({
        id: '01900000-0000-7000-8000-0000000000c1',
        parent_id: null,
        kind: 'district',
        code: '999999',
        name: '测试区',
        path: '/01900000-0000-7000-8000-0000000000c1/',
        depth: 1,
        community_id: null,
        version: 1,
        created_at: 0,
        updated_at: 0,
        boundary: null,
        address: null,
        lat: null,
        lng: null,
        floor: null,
        room_use: null,
        room_state: null,
      })
      .returning(['id', 'path'])
      .executeTakeFirstOrThrow()
    await db
      .insertInto('grants')
      .values({
        id: '01900000-0000-7000-8000-0000000000d1',
        user_id: userId,
        role: 'street_leader',
        scope_kind: 'org',
        scope_id: district.id,
        scope_path: district.path,
        created_at: 0,
        created_by: null,
        post_id: null,
      })
      .execute()
    const granted = await resolveSession(db, token, now + 1, policy)
    expect(granted.ok && granted.session.grants.map((g) => g.role)).toEqual(['street_leader'])
    await db.deleteFrom('grants').where('user_id', '=', userId).execute()
    const revoked = await resolveSession(db, token, now + 2, policy)
    expect(revoked.ok && revoked.session.grants).toEqual([])
    await db.updateTable('users').set({ disabled: 1 }).where('id', '=', userId).execute()
    expect(await resolveSession(db, token, now + 3, policy)).toEqual({ ok: false, reason: 'missing' })
  })

  it('ends an idle session even while it is cached', async () => {
    const { db, token, now } = await setUp()
    expect((await resolveSession(db, token, now, policy)).ok).toBe(true)
    expect(await resolveSession(db, token, now + policy.idleMs + 1, policy)).toEqual({
      ok: false,
      reason: 'expired',
    })
  })
})
