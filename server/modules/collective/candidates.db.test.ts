import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../../test/setup/app.js'
import { addPerson, addRoom, demoWorld } from '../../../test/setup/factories.js'

interface Candidates {
  items: { personId: string; name: string; idTail: string | null; livesIn: string | null }[]
  nextCursor: string | null
}

describe('candidates for membership: the village’s own people, not yet members', () => {
  const t = useTestApp()

  it('lists living people of the village’s origin who are not members, by name, page by page, ID masked', async () => {
    const world = await demoWorld(t().ctx.db)
    const [li, kong] = world.villages
    const building = world.grid1Buildings[0]
    if (!li || !kong || !building) throw new Error('demo world missing')
    const room = await addRoom(t().ctx.db, building, { unit: 2, room: '602' })
    const person = (name: string, originVillageId: string, idNumber?: string) =>
      addPerson(t().ctx.db, t().ctx.pii, room, {
        name,
        originVillageId,
        ...(idNumber ? { idNumber } : {}),
      })
    const jia = await person('李甲', li.id, '320812199001011234')
    const yi = await person('李乙', li.id)
    const bing = await person('李丙', li.id)
    await t().ctx.db.updateTable('persons').set({ status: 'deceased' }).where('id', '=', bing.id).execute()
    await person('孔丁', kong.id)

    const base = `/api/v1/villages/${li.id}/collective`
    const kuaiji = await t().login('kuaiji')
    const list = async (query: string) => {
      const res = await kuaiji.request('GET', `${base}/candidates${query}`)
      expect(res.statusCode, res.body).toBe(200)
      return res.json<Candidates>()
    }
    const all = await list('')
    expect(all.items.map((c) => c.name)).toEqual(['李甲', '李乙'])
    // Lives in the community; the ID number shows only its last four characters.
    expect(all.items[0]).toMatchObject({ idTail: '1234', livesIn: '张码花园社区' })
    expect(JSON.stringify(all)).not.toContain('320812199001011234')
    // By name, pinyin or initials.
    expect((await list('?q=李乙')).items.map((c) => c.name)).toEqual(['李乙'])
    expect((await list('?q=LiJ')).items.map((c) => c.name)).toEqual(['李甲'])
    expect((await list('?q=ly')).items.map((c) => c.name)).toEqual(['李乙'])
    // Page by page.
    const first = await list('?limit=1')
    expect(first.items.map((c) => c.name)).toEqual(['李甲'])
    const second = await list(`?limit=1&cursor=${first.nextCursor ?? ''}`)
    expect(second.items.map((c) => c.name)).toEqual(['李乙'])
    expect(second.nextCursor).toBeNull()

    // Once a member, no longer a candidate.
    const decision = await kuaiji.request('POST', `${base}/decisions`, {
      kind: 'membership',
      meeting: 'representatives',
      heldOn: '2026-03-01',
      title: '确认成员',
      resolution: '表决通过',
      attendees: 10,
      votesFor: 9,
      votesAgainst: 1,
      votesAbstain: 0,
    })
    const confirmed = await kuaiji.request('POST', `${base}/members`, {
      personId: yi.id,
      basis: 'original',
      sinceOn: '2026-03-01',
      decisionId: decision.json<{ id: string }>().id,
    })
    expect(confirmed.statusCode, confirmed.body).toBe(201)
    expect((await list('')).items.map((c) => c.personId)).toEqual([jia.id])
  })

  it('is the village’s own: another village’s accountant and the community get 404', async () => {
    const world = await demoWorld(t().ctx.db)
    const li = world.villages[0]
    if (!li) throw new Error('demo world missing')
    const url = `/api/v1/villages/${li.id}/collective/candidates`
    expect((await (await t().login('kuaiji2')).request('GET', url)).statusCode).toBe(404)
    expect((await (await t().login('shuji')).request('GET', url)).statusCode).toBe(404)
    // A bad cursor is a clear error, not a crash.
    expect((await (await t().login('kuaiji')).request('GET', `${url}?cursor=xyz`)).statusCode).toBe(400)
  })
})
