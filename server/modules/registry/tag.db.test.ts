import { describe, expect, it } from 'vitest'
import { readJson } from '../../db/index.js'
import { testDialect } from '../../../test/setup/db.js'
import { useTestApp, type TestApp } from '../../../test/setup/app.js'
import { addPerson, addRoom, demoWorld } from '../../../test/setup/factories.js'

interface TagView {
  id: string
  personId: string
  tag: string
  tagZh: string
  restricted: boolean
  responsible: { id: string; name: string } | null
  sinceOn: string | null
  untilOn: string | null
  note: string | null
  version: number
}
interface ErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> }
}
interface Tagged {
  tagId: string
  person: { id: string; name: string; placeName: string | null }
  responsible: { id: string; name: string } | null
}

async function people(t: TestApp) {
  const db = t.ctx.db
  const world = await demoWorld(db)
  const building = world.grid1Buildings[0]
  const grid2 = world.grids[1]
  if (!building || !grid2) throw new Error('demo world missing')
  const room = await addRoom(db, building, { room: '101' })
  const room2 = await addRoom(db, building, { room: '102' })
  const grandma = await addPerson(db, t.ctx.pii, room, {
    name: '张桂英',
    sex: 'female',
    birthDate: '1940-03-02',
  })
  const grandpa = await addPerson(db, t.ctx.pii, room2, { name: '王德福', birthDate: '1938-05-06' })
  const cadre = await addPerson(db, t.ctx.pii, world.grids[0] ?? building, { name: '陈志强' })
  const watched = await addPerson(db, t.ctx.pii, room2, { name: '赵小军' })
  const elsewhere = await addPerson(db, t.ctx.pii, grid2, { name: '孙丽' })
  return { world, grandma, grandpa, cadre, watched, elsewhere, grid1: world.grids[0], grid2 }
}

async function auditActions(t: TestApp, action: string) {
  const rows = await t.ctx.db
    .selectFrom('audit_log')
    .select(['actor_label', 'target_type', 'target_id', 'summary', 'scope_path'])
    .where('action', '=', action)
    .orderBy('id')
    .execute()
  return rows.map((r) => ({ ...r, summary: readJson<Record<string, unknown>>(r.summary) }))
}

describe(`care and restricted tags (${testDialect})`, () => {
  const t = useTestApp()

  it('tags an elderly resident living alone, with a responsible cadre, and lists her under the grid', async () => {
    const p = await people(t())
    const secretary = await t().login('shuji')
    const res = await secretary.request('POST', `/api/v1/persons/${p.grandma.id}/tags`, {
      tag: 'elderly_alone',
      responsiblePersonId: p.cadre.id,
      sinceOn: '2025-06-01',
      note: '女儿在苏州，每周电话',
    })
    expect(res.statusCode).toBe(200)
    expect(res.json<TagView>()).toMatchObject({
      tag: 'elderly_alone',
      tagZh: '独居老人',
      restricted: false,
      responsible: { id: p.cadre.id, name: '陈志强' },
      sinceOn: '2025-06-01',
      untilOn: null,
      version: 1,
    })
    await secretary.request('POST', `/api/v1/persons/${p.grandpa.id}/tags`, { tag: 'elderly_alone' })
    await secretary.request('POST', `/api/v1/persons/${p.grandpa.id}/tags`, { tag: 'veteran' })

    const worker = await t().login('wangge1')
    const first = await worker.request(
      'GET',
      `/api/v1/org/nodes/${p.grid1?.id}/tagged?tag=elderly_alone&limit=1`,
    )
    expect(first.statusCode).toBe(200)
    const page1 = first.json<{ items: Tagged[]; nextCursor: string | null }>()
    // By pinyin: wang de fu before zhang gui ying.
    expect(page1.items.map((i) => i.person.name)).toEqual(['王德福'])
    expect(page1.items[0]?.person.placeName).toBe('102')
    expect(page1.nextCursor).not.toBeNull()
    const second = await worker.request(
      'GET',
      `/api/v1/org/nodes/${p.grid1?.id}/tagged?tag=elderly_alone&limit=1&cursor=${page1.nextCursor ?? ''}`,
    )
    const page2 = second.json<{ items: Tagged[]; nextCursor: string | null }>()
    expect(page2.items.map((i) => [i.person.name, i.responsible?.name])).toEqual([['张桂英', '陈志强']])
    expect(page2.nextCursor).toBeNull()

    const audit = await auditActions(t(), 'person.tag_add')
    expect(audit).toHaveLength(3)
    expect(audit[0]?.target_type).toBe('person_tag')
  })

  it('refuses a second open tag of the same kind, and ends a tag with optimistic concurrency', async () => {
    const p = await people(t())
    const worker = await t().login('wangge1')
    const added = (
      await worker.request('POST', `/api/v1/persons/${p.grandma.id}/tags`, { tag: 'elderly_alone' })
    ).json<TagView>()
    const again = await worker.request('POST', `/api/v1/persons/${p.grandma.id}/tags`, {
      tag: 'elderly_alone',
    })
    expect(again.statusCode).toBe(409)
    expect(again.json<ErrorBody>().error).toMatchObject({
      code: 'CONFLICT',
      message: '操作与现有数据冲突：该人员已有“独居老人”标签（未结束）。',
    })

    const early = await worker.request('POST', `/api/v1/person-tags/${added.id}/end`, {
      untilOn: '2000-01-01',
      version: 1,
    })
    expect(early.statusCode).toBe(400)
    const ended = await worker.request('POST', `/api/v1/person-tags/${added.id}/end`, {
      untilOn: added.sinceOn,
      version: 1,
    })
    expect(ended.statusCode).toBe(200)
    expect(ended.json<TagView>()).toMatchObject({ untilOn: added.sinceOn, version: 2 })
    const stale = await worker.request('POST', `/api/v1/person-tags/${added.id}/end`, {
      untilOn: added.sinceOn,
      version: 1,
    })
    expect(stale.statusCode).toBe(409)

    const open = (await worker.request('GET', `/api/v1/persons/${p.grandma.id}/tags`)).json<{
      items: TagView[]
    }>()
    expect(open.items).toEqual([])
    const all = (await worker.request('GET', `/api/v1/persons/${p.grandma.id}/tags?includeEnded=true`)).json<{
      items: TagView[]
    }>()
    expect(all.items.map((i) => i.untilOn)).toEqual([added.sinceOn])
    const tagged = await worker.request('GET', `/api/v1/org/nodes/${p.grid1?.id}/tagged?tag=elderly_alone`)
    expect(tagged.json<{ items: Tagged[] }>().items).toEqual([])
    // Once ended, the same tag may be given again.
    const reopened = await worker.request('POST', `/api/v1/persons/${p.grandma.id}/tags`, {
      tag: 'elderly_alone',
    })
    expect(reopened.statusCode).toBe(200)
  })

  it('keeps restricted tags from a grid worker entirely, shows them to the secretary and audits the read', async () => {
    const p = await people(t())
    const worker = await t().login('wangge1')
    const secretary = await t().login('shuji')

    const refused = await worker.request('POST', `/api/v1/persons/${p.watched.id}/tags`, {
      tag: 'community_correction',
    })
    expect(refused.statusCode).toBe(404)
    expect(refused.json<ErrorBody>().error.code).toBe('NOT_FOUND_OR_NO_ACCESS')

    await worker.request('POST', `/api/v1/persons/${p.watched.id}/tags`, { tag: 'unemployed' })
    const restricted = await secretary.request('POST', `/api/v1/persons/${p.watched.id}/tags`, {
      tag: 'community_correction',
      sinceOn: '2026-01-10',
      responsiblePersonId: p.cadre.id,
    })
    expect(restricted.statusCode).toBe(200)
    const tag = restricted.json<TagView>()
    expect(tag).toMatchObject({ restricted: true, tagZh: '社区矫正对象' })

    // The grid worker sees the care tag only: no restricted row, no count, no hint.
    const workerList = await worker.request('GET', `/api/v1/persons/${p.watched.id}/tags`)
    expect(workerList.statusCode).toBe(200)
    expect(workerList.json<{ items: TagView[] }>().items.map((i) => i.tag)).toEqual(['unemployed'])
    expect(workerList.body).not.toContain('community_correction')
    const direct = await worker.request('GET', `/api/v1/person-tags/${tag.id}`)
    const missing = await worker.request('GET', '/api/v1/person-tags/01900000-0000-7000-8000-000000000000')
    expect(direct.statusCode).toBe(404)
    expect(direct.json()).toEqual(missing.json())
    const endIt = await worker.request('POST', `/api/v1/person-tags/${tag.id}/end`, {
      untilOn: '2026-02-01',
      version: 1,
    })
    expect(endIt.statusCode).toBe(404)
    expect(await auditActions(t(), 'person.restricted.read')).toEqual([])

    // The secretary sees both, and each disclosure is audited.
    const list = await secretary.request('GET', `/api/v1/persons/${p.watched.id}/tags`)
    expect(list.json<{ items: TagView[] }>().items.map((i) => i.tag)).toEqual([
      'community_correction',
      'unemployed',
    ])
    const one = await secretary.request('GET', `/api/v1/person-tags/${tag.id}`)
    expect(one.statusCode).toBe(200)
    const reads = await auditActions(t(), 'person.restricted.read')
    expect(reads).toHaveLength(2)
    expect(reads.map((r) => [r.actor_label, r.target_type, r.target_id])).toEqual([
      ['李秀兰 (shuji)', 'person', p.watched.id],
      ['李秀兰 (shuji)', 'person', p.watched.id],
    ])
    // The write's audit entry does not name the restricted tag beside the person.
    const adds = await auditActions(t(), 'person.tag_add')
    const restrictedAdd = adds.find((a) => a.summary.restricted === true)
    expect(restrictedAdd?.summary).toMatchObject({ personId: p.watched.id })
    expect(JSON.stringify(restrictedAdd?.summary)).not.toContain('community_correction')
    expect(JSON.stringify(restrictedAdd?.summary)).not.toContain('矫正')

    // Restricted tags are never listed by node.
    const byNode = await secretary.request(
      'GET',
      `/api/v1/org/nodes/${p.grid1?.id}/tagged?tag=community_correction`,
    )
    expect(byNode.statusCode).toBe(400)
  })

  it('answers "not found or no access" for persons and nodes outside the actor\'s scope', async () => {
    const p = await people(t())
    const worker = await t().login('wangge1')
    const write = await worker.request('POST', `/api/v1/persons/${p.elsewhere.id}/tags`, { tag: 'disabled' })
    const missing = await worker.request(
      'POST',
      '/api/v1/persons/01900000-0000-7000-8000-000000000000/tags',
      {
        tag: 'disabled',
      },
    )
    expect(write.statusCode).toBe(404)
    expect(write.json()).toEqual(missing.json())
    expect((await worker.request('GET', `/api/v1/persons/${p.elsewhere.id}/tags`)).statusCode).toBe(404)
    const community = await worker.request(
      'GET',
      `/api/v1/org/nodes/${p.world.zhangma.id}/tagged?tag=disabled`,
    )
    expect(community.statusCode).toBe(404)
    // A responsible cadre the worker cannot see is refused the same way.
    const cadre = await worker.request('POST', `/api/v1/persons/${p.grandma.id}/tags`, {
      tag: 'disabled',
      responsiblePersonId: p.elsewhere.id,
    })
    expect(cadre.statusCode).toBe(404)
    expect(cadre.json<ErrorBody>().error.details).toMatchObject({ field: 'responsiblePersonId' })
    // The secretary reaches the whole community.
    const secretary = await t().login('shuji')
    const ok = await secretary.request('POST', `/api/v1/persons/${p.elsewhere.id}/tags`, { tag: 'disabled' })
    expect(ok.statusCode).toBe(200)
    const tagged = await secretary.request(
      'GET',
      `/api/v1/org/nodes/${p.world.zhangma.id}/tagged?tag=disabled`,
    )
    expect(tagged.json<{ items: Tagged[] }>().items.map((i) => i.person.name)).toEqual(['孙丽'])
  })

  it('validates what is sent: known tags only, notes of at most 200 characters, real dates', async () => {
    const p = await people(t())
    const worker = await t().login('wangge1')
    const url = `/api/v1/persons/${p.grandma.id}/tags`
    expect((await worker.request('POST', url, { tag: 'vip' })).statusCode).toBe(400)
    expect((await worker.request('POST', url, { tag: 'disabled', note: '长'.repeat(201) })).statusCode).toBe(
      400,
    )
    expect((await worker.request('POST', url, { tag: 'disabled', sinceOn: '2026-02-30' })).statusCode).toBe(
      400,
    )
    expect((await worker.request('POST', url, { tag: 'disabled', restricted: false })).statusCode).toBe(400)
    const future = await worker.request('POST', url, { tag: 'disabled', sinceOn: '2999-01-01' })
    expect(future.statusCode).toBe(400)
    expect(future.json<ErrorBody>().error.details.fields).toMatchObject([
      { path: '/sinceOn', rule: 'notAfterToday' },
    ])
    expect((await worker.request('POST', url, { tag: 'disabled', note: '长'.repeat(200) })).statusCode).toBe(
      200,
    )
  })
})
