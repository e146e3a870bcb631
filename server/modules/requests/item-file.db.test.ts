import { describe, expect, it } from 'vitest'
import { png, upload } from '../../../test/setup/files.js'
import { useTestApp } from '../../../test/setup/app.js'
import { demoWorld } from '../../../test/setup/factories.js'

describe('an item’s photos', () => {
  const t = useTestApp()

  it('shows the grid worker’s patrol photo to the secretary, and only as a photo of that item', async () => {
    const world = await demoWorld(t().ctx.db)
    const building = world.grid1Buildings[0]
    if (!building) throw new Error('demo world missing')
    const wangge = await t().login('wangge1')
    const photo = await upload(wangge, png)
    const filed = await wangge.request('POST', '/api/v1/requests', {
      requestType: 'repair',
      categoryCode: 'facilities.water',
      channel: 'patrol',
      description: '1号楼楼道水管漏水',
      nodeId: building.id,
      photos: [photo],
      confirmNotDuplicate: true,
    })
    expect(filed.statusCode, filed.body).toBe(200)
    const item = filed.json<{ item: { id: string; files: { fileId: string }[] } }>().item
    expect(item.files.map((f) => f.fileId)).toEqual([photo])

    const shuji = await t().login('shuji')
    // The upload itself stays the uploader's …
    expect((await shuji.request('GET', `/api/v1/files/${photo}`)).statusCode).toBe(404)
    // … but as a photo of an item she may read, she sees it.
    const seen = await shuji.request('GET', `/api/v1/requests/${item.id}/files/${photo}`)
    expect(seen.statusCode).toBe(200)
    expect(seen.headers['content-type']).toBe('image/png')
    expect(seen.rawPayload.equals(png)).toBe(true)

    // A file not attached to the item is not reachable through it.
    const other = await upload(shuji, Buffer.concat([png, Buffer.from([0])]))
    expect((await shuji.request('GET', `/api/v1/requests/${item.id}/files/${other}`)).statusCode).toBe(404)
    // Someone who cannot read the item does not learn it has photos.
    const kuaiji = await t().login('kuaiji')
    const refused = await kuaiji.request('GET', `/api/v1/requests/${item.id}/files/${photo}`)
    expect(refused.statusCode).toBe(404)
    expect(refused.json<{ error: { code: string } }>().error.code).toBe('NOT_FOUND_OR_NO_ACCESS')
  })
})
