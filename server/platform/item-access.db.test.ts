import { describe, expect, it } from 'vitest'
import { testDialect, useTestDb } from '../../test/setup/db.js'
import type { Actor } from './access.js'
import { AppError } from './errors.js'
import { assignToItem, requireItemAccess, revokeItemAssignments } from './item-access.js'

const item = { type: 'case', id: '01900000-0000-7000-8000-0000000000aa' }
const casePath = '/d/p/c1/g1/'

function user(id: string, grants: Actor['grants'] = []): Actor {
  return { kind: 'user', userId: id, label: id, grants, ip: '127.0.0.1', requestId: null }
}

describe(`assignment as a second way in (${testDialect})`, () => {
  const t = useTestDb()

  async function addUser(id: string): Promise<void> {
    await t()
      .db.insertInto('users')
      .values({
        id,
        username: id.slice(-6),
        display_name: id,
        password_hash: 'x',
        locale: 'zh-CN',
        disabled: 0,
        version: 1,
        created_at: 0,
        updated_at: 0,
        password_changed_at: 0,
      })
      .execute()
  }

  it('lets an assigned provider act on that item alone, and audits giving and revoking it', async () => {
    const provider = '01900000-0000-7000-8000-000000000001'
    await addUser(provider)
    const actor = user(provider)
    const target = { kind: 'org' as const, path: casePath }
    await expect(
      requireItemAccess(t().db, actor, 'person.read', target, item, 'case'),
    ).rejects.toBeInstanceOf(AppError)

    const secretary = user('01900000-0000-7000-8000-000000000002', [
      { id: 'g', role: 'community_secretary', scopeKind: 'org', scopeId: 'c1', scopePath: '/d/p/c1/' },
    ])
    await assignToItem(t().db, {
      actor: secretary,
      userId: provider,
      item,
      reason: 'whistle',
      scopePath: casePath,
      now: 1,
    })
    expect(await requireItemAccess(t().db, actor, 'person.read', target, item, 'case')).toBe('assignment')
    const other = { ...item, id: '01900000-0000-7000-8000-0000000000bb' }
    await expect(
      requireItemAccess(t().db, actor, 'person.read', target, other, 'case'),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND_OR_NO_ACCESS',
    })
    expect(await requireItemAccess(t().db, secretary, 'person.read', target, item, 'case')).toBe('grant')

    expect(
      await revokeItemAssignments(t().db, {
        actor: secretary,
        userId: provider,
        item,
        scopePath: casePath,
        now: 2,
      }),
    ).toBe(1)
    await expect(
      requireItemAccess(t().db, actor, 'person.read', target, item, 'case'),
    ).rejects.toBeInstanceOf(AppError)
    const audit = await t()
      .db.selectFrom('audit_log')
      .select(['action', 'scope_path'])
      .orderBy('id')
      .execute()
    expect(audit).toEqual([
      { action: 'access.assign', scope_path: casePath },
      { action: 'access.revoke', scope_path: casePath },
    ])
  })
})
