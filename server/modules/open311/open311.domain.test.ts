import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { workStates } from '../requests/index.js'
import {
  attributesOf,
  checkPost,
  formatOf,
  nearest,
  open311Status,
  parseServiceRequestId,
  parseW3cDateTime,
  publicPlace,
  requestDoc,
  requestWindow,
  splitList,
  statesOf,
  statusNotes,
  toXml,
  w3cDateTime,
  type PlaceNode,
  type PublicItem,
} from './open311.domain.js'

const DAY = 86_400_000

describe('status: open or closed, the detailed state beside it', () => {
  it('is closed only at the end of the loop; a resolution awaiting verification is still open', () => {
    const closed = workStates.filter((s) => open311Status(s) === 'closed')
    expect(closed).toEqual(['closed', 'rated', 'cancelled'])
    expect(open311Status('resolved')).toBe('open')
    expect(statesOf(['open', 'closed'])).toEqual([...workStates])
    expect(statesOf(['closed'])).toEqual(closed)
  })

  it('says the detailed state and the outcome in Chinese, and never calls a closed item fixed', () => {
    const base = { outcome: null, cancel_reason: null, merged_into_id: null }
    expect(statusNotes({ ...base, state: 'in_progress' })).toBe('处理中')
    expect(statusNotes({ ...base, state: 'closed', outcome: 'solved' })).toBe('已结案：已解决')
    expect(statusNotes({ ...base, state: 'rated', outcome: 'unsolvable' })).toBe('已评价：暂无法解决')
    expect(statusNotes({ ...base, state: 'cancelled', cancel_reason: 'invalid' })).toBe('已作废（无效）')
    expect(statusNotes({ ...base, state: 'cancelled', merged_into_id: 'x' })).toContain('合并')
  })
})

describe('dates', () => {
  it('writes Beijing time with its zone', () => {
    expect(w3cDateTime(Date.parse('2026-03-01T02:03:04Z'))).toBe('2026-03-01T10:03:04+08:00')
  })

  it('reads W3C date-times with a zone, and a + that arrived as a space', () => {
    const at = Date.parse('2026-03-01T00:00:00Z')
    expect(parseW3cDateTime('2026-03-01T00:00:00Z')).toBe(at)
    expect(parseW3cDateTime('2026-03-01T08:00:00+08:00')).toBe(at)
    expect(parseW3cDateTime('2026-03-01T08:00:00 08:00')).toBe(at)
    expect(parseW3cDateTime('2026-02-28T19:00-05:00')).toBe(at)
    expect(parseW3cDateTime('2026-03-01T00:00:00.500Z')).toBe(at + 500)
  })

  it('refuses a date-time without a zone and days that do not exist', () => {
    expect(parseW3cDateTime('2026-03-01T00:00:00')).toBeNull()
    expect(parseW3cDateTime('2026-03-01')).toBeNull()
    expect(parseW3cDateTime('2026-02-30T00:00:00Z')).toBeNull()
    expect(parseW3cDateTime('2026-03-01T24:00:00Z')).toBeNull()
    expect(parseW3cDateTime('yesterday')).toBeNull()
  })

  it('defaults to the last 90 days and refuses longer or backward spans', () => {
    const now = Date.parse('2026-06-01T00:00:00Z')
    expect(requestWindow(null, null, now)).toEqual({ ok: true, from: now - 90 * DAY, to: now })
    expect(requestWindow(now - 10 * DAY, null, now)).toEqual({
      ok: true,
      from: now - 10 * DAY,
      to: now + 80 * DAY,
    })
    expect(requestWindow(null, now, now)).toEqual({ ok: true, from: now - 90 * DAY, to: now })
    expect(requestWindow(now - 90 * DAY, now, now).ok).toBe(true)
    expect(requestWindow(now - 91 * DAY, now, now)).toMatchObject({ ok: false, problem: { code: 400 } })
    expect(requestWindow(now, now - DAY, now)).toMatchObject({ ok: false, problem: { code: 400 } })
  })
})

describe('ids and lists', () => {
  it('reads a service_request_id as community code and number, or a bare number', () => {
    expect(parseServiceRequestId('320812400001-2026-000123')).toEqual({
      communityCode: '320812400001',
      number: '2026-000123',
    })
    expect(parseServiceRequestId('2026-000123')).toEqual({ communityCode: null, number: '2026-000123' })
    expect(parseServiceRequestId('123')).toBeNull()
    expect(parseServiceRequestId('320812400001-2026-12')).toBeNull()
  })

  it('treats an empty argument as none', () => {
    expect(splitList('')).toEqual([])
    expect(splitList(undefined)).toEqual([])
    expect(splitList(' open, closed,,open ')).toEqual(['open', 'closed'])
  })

  it('takes the format from the suffix, XML otherwise', () => {
    expect(formatOf('/open311/v2/services.json?x=.xml')).toBe('json')
    expect(formatOf('/open311/v2/services.xml')).toBe('xml')
    expect(formatOf('/open311/v2/services')).toBe('xml')
  })
})

describe('POST fields', () => {
  it('lists every problem at once', () => {
    const result = checkPost({ lat: '33.5' }, new Map())
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems.map((p) => p.code)).toEqual([400, 400, 400])
    expect(result.problems.map((p) => p.en).join(' | ')).toMatch(/service_code.*description.*lat and long/)
  })

  it('needs a location, and treats empty fields as absent', () => {
    const result = checkPost(
      { service_code: 'x', description: '漏水', lat: '', long: '', address_id: '' },
      new Map(),
    )
    expect(result).toMatchObject({
      ok: false,
      problems: [{ code: 400, en: expect.stringMatching(/location/) as string }],
    })
  })

  it('checks attributes against the definition, puts a Chinese name family-first, keeps email with the description', () => {
    const body = {
      service_code: 'facilities.water',
      description: '楼道水管漏水',
      address_id: '320812400001-B01',
      first_name: '大爷',
      last_name: '王',
      email: 'wang@example.com',
      'attribute[request_type]': 'complaint',
      'attribute[fixmystreet_id]': '42',
    }
    const result = checkPost(body, attributesOf(body))
    expect(result).toMatchObject({
      ok: true,
      input: {
        reporterName: '王大爷',
        requestType: 'complaint',
        urgency: 'normal',
        addressId: '320812400001-B01',
      },
    })
    if (result.ok) expect(result.input.description).toBe('楼道水管漏水\n\n联系邮箱：wang@example.com')
    const english = checkPost({ ...body, first_name: 'Ann', last_name: 'Lee' }, new Map())
    expect(english).toMatchObject({ ok: true, input: { reporterName: 'Ann Lee' } })
    const bad = { ...body, 'attribute[urgency][]': ['urgent', 'normal'] }
    expect(checkPost(bad, attributesOf(bad))).toMatchObject({ ok: false, problems: [{ code: 400 }] })
  })
})

describe('public places and requests', () => {
  const node = (kind: string, code: string, name: string, extra: Partial<PlaceNode> = {}): PlaceNode => ({
    id: code,
    kind,
    code,
    name,
    address: null,
    lat: null,
    lng: null,
    ...extra,
  })
  const community = node('community', '320812400001', '张码花园社区', { lat: 33.5, lng: 119.1 })
  const building = node('building', '320812400001-B01', '1号楼', { address: '张码花园社区1号楼' })
  const room = node('room', '320812400001-B01-U1-502', '502')

  it('stops at the building: never a unit or room, the community for items filed there', () => {
    expect(
      publicPlace([community, node('grid', 'G1', '第一网格'), building, node('unit', 'U1', '1单元'), room]),
    ).toEqual({ address: '张码花园社区1号楼', addressId: '320812400001-B01', lat: 33.5, lng: 119.1 })
    expect(publicPlace([community])).toEqual({
      address: '张码花园社区',
      addressId: '320812400001',
      lat: 33.5,
      lng: 119.1,
    })
  })

  it('snaps a position to the nearest building within reach only', () => {
    const near = { id: 'a', lat: 33.5001, lng: 119.1001 }
    const nearer = { id: 'b', lat: 33.50001, lng: 119.10001 }
    expect(nearest({ lat: 33.5, lng: 119.1 }, [near, nearer])?.id).toBe('b')
    expect(nearest({ lat: 34.5, lng: 119.1 }, [near, nearer])).toBeUndefined()
  })

  it('shows the moderated text only, and the extension fields only when asked', () => {
    const item: PublicItem = {
      number: '2026-000007',
      category_code: 'facilities.water',
      category_name: '供水管道',
      state: 'in_progress',
      level: 'grid',
      outcome: null,
      cancel_reason: null,
      merged_into_id: null,
      public_text: null,
      reported_at: Date.parse('2026-03-01T00:00:00Z'),
      updated_at: Date.parse('2026-03-02T00:00:00Z'),
      closed_at: null,
      due_at: Date.parse('2026-03-10T00:00:00Z'),
    }
    const where = {
      communityCode: '320812400001',
      place: publicPlace([community, building]),
      agency: '张码花园社区第一网格',
    }
    const doc = requestDoc(item, where, false)
    expect(doc).toEqual({
      service_request_id: '320812400001-2026-000007',
      status: 'open',
      status_notes: '处理中',
      service_name: '供水管道',
      service_code: 'facilities.water',
      agency_responsible: '张码花园社区第一网格',
      requested_datetime: '2026-03-01T08:00:00+08:00',
      updated_datetime: '2026-03-02T08:00:00+08:00',
      expected_datetime: '2026-03-10T08:00:00+08:00',
      address: '张码花园社区1号楼',
      address_id: '320812400001-B01',
      lat: 33.5,
      long: 119.1,
    })
    const closed = requestDoc(
      {
        ...item,
        state: 'closed',
        outcome: 'solved',
        public_text: '楼道水管漏水',
        closed_at: item.updated_at + DAY,
      },
      where,
      true,
    )
    expect(closed).toMatchObject({
      status: 'closed',
      description: '楼道水管漏水',
      updated_datetime: '2026-03-03T08:00:00+08:00',
      extended_attributes: { number: '2026-000007', detailed_status: 'closed', outcome: 'solved' },
    })
    expect(closed).not.toHaveProperty('expected_datetime')
  })
})

describe('XML', () => {
  const parser = new XMLParser({
    parseTagValue: false,
    isArray: (name) => ['request', 'format'].includes(name),
  })

  it('is the same document with its declaration, lists wrapped, text escaped, impossible characters dropped', () => {
    const xml = toXml('service_requests', [
      { service_request_id: 'a', description: '<b>水管 & 阀门</b>\u0001', lat: 33.5 },
      { service_request_id: 'b', extended_attributes: { level: 'grid' } },
    ])
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true)
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the validator fast-xml-parser ships
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(parser.parse(xml)).toMatchObject({
      service_requests: {
        request: [
          { service_request_id: 'a', description: '<b>水管 & 阀门</b>', lat: '33.5' },
          { service_request_id: 'b', extended_attributes: { level: 'grid' } },
        ],
      },
    })
    const discovery: unknown = parser.parse(
      toXml('discovery', { endpoints: [{ formats: ['text/xml', 'application/json'] }] }),
    )
    expect(discovery).toMatchObject({
      discovery: { endpoints: { endpoint: { formats: { format: ['text/xml', 'application/json'] } } } },
    })
  })
})
