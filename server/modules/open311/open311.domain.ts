// Open311 GeoReport v2, the pure part: how an item's state reads as open/closed, how ids, dates
// and the 90-day window work, how a POST's form fields are checked, and how a public item, a
// service and an error are shaped — once, as the JSON document; the XML face is built from that
// same document, so both formats always carry the same content.
import { XMLBuilder } from 'fast-xml-parser'
import {
  outcomeNamesZh,
  requestTypeNamesZh,
  requestTypes,
  workStateNamesZh,
  workStates,
  type Outcome,
  type RequestType,
  type Urgency,
  type WorkLevel,
  type WorkState,
} from '../requests/index.js'

export const SPECIFICATION = 'http://wiki.open311.org/GeoReport_v2'
/** Changed when this server's Open311 face changes (discovery's changeset is the later of this and the categories'). */
export const API_CHANGESET = Date.parse('2026-01-01T00:00:00+08:00')
/** At most this many requests per GET, newest first (the spec's default limit). */
export const MAX_REQUESTS = 1000
export const WINDOW_DAYS = 90
const DAY = 86_400_000
const SHANGHAI = 8 * 3_600_000

export type Format = 'json' | 'xml'
export const contentTypes: Record<Format, string> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
}

/** The format a URL asks for: `.json` or `.xml` at the end of its path (XML, the required one, otherwise). */
export function formatOf(url: string): Format {
  return /\.json$/i.test(url.split('?')[0] ?? '') ? 'json' : 'xml'
}

// ---- Errors: a list of { code, description }; the HTTP status is the first code.

export interface Open311Problem {
  /** 400, 403, 404 as the spec defines them; 429 and 5xx for rate limits and failures. */
  code: number
  zh: string
  en: string
}

export function problem(code: number, zh: string, en: string): Open311Problem {
  return { code, zh, en }
}

export function errorDoc(
  problems: readonly Open311Problem[],
  locale: 'zh-CN' | 'en',
): { code: number; description: string }[] {
  return problems.map((p) => ({ code: p.code, description: locale === 'en' ? p.en : p.zh }))
}

// ---- Status: open or closed, the detailed state beside it.

export type Open311Status = 'open' | 'closed'
/** Closed is the end of the loop (结案, 评价, 作废); a resolved item awaiting verification is still open. */
const closedStates: readonly WorkState[] = ['closed', 'rated', 'cancelled']

export function open311Status(state: WorkState): Open311Status {
  return closedStates.includes(state) ? 'closed' : 'open'
}

/** The states an Open311 status filter selects. */
export function statesOf(statuses: readonly Open311Status[]): WorkState[] {
  return workStates.filter((s) => statuses.includes(open311Status(s)))
}

const cancelReasonsZh: Record<string, string> = { invalid: '无效', duplicate: '重复', withdrawn: '撤回' }

/** The detailed state in Chinese, with the outcome once there is one: 已结案：已解决. */
export function statusNotes(item: {
  state: WorkState
  outcome: string | null
  cancel_reason: string | null
  merged_into_id: string | null
}): string {
  const name = workStateNamesZh[item.state]
  if (item.state === 'cancelled') {
    if (item.merged_into_id !== null) return `${name}（与同一问题合并办理）`
    const reason = item.cancel_reason ? cancelReasonsZh[item.cancel_reason] : undefined
    return reason ? `${name}（${reason}）` : name
  }
  const outcome = item.outcome ? outcomeNamesZh[item.outcome as Outcome] : undefined
  if (outcome && ['resolved', 'closed', 'rated'].includes(item.state)) return `${name}：${outcome}`
  return name
}

// ---- Dates: W3C date-times with a zone; this server writes Beijing time (+08:00).

export function w3cDateTime(ms: number): string {
  return `${new Date(ms + SHANGHAI).toISOString().slice(0, 19)}+08:00`
}

/**
 * Parses a W3C date-time; the zone is required (Z or ±hh:mm). A `+` that arrived as a space (an
 * unencoded query string) is read as `+`. Null when it is not a real instant.
 */
export function parseW3cDateTime(raw: string): number | null {
  const text = raw.trim().replace(/ (\d{2}:?\d{2})$/, '+$1')
  const m =
    /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):?(\d{2}))$/i.exec(
      text,
    )
  if (!m) return null
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const ms = Number(`0.${m[7] ?? '0'}`) * 1000
  const utc = Date.UTC(y, mo - 1, d, h, mi, s)
  const back = new Date(utc)
  if (
    back.getUTCFullYear() !== y ||
    back.getUTCMonth() !== mo - 1 ||
    back.getUTCDate() !== d ||
    h > 23 ||
    mi > 59 ||
    s > 59
  )
    return null
  const offset = m[8]?.toUpperCase() === 'Z' ? 0 : (Number(m[10]) * 60 + Number(m[11])) * 60_000
  if (Number(m[10] ?? 0) > 14 || Number(m[11] ?? 0) > 59) return null
  return utc + Math.floor(ms) - (m[9] === '-' ? -offset : offset)
}

export type Window = { ok: true; from: number; to: number } | { ok: false; problem: Open311Problem }

/** start_date/end_date: at most 90 days apart; the last 90 days when neither is given. */
export function requestWindow(start: number | null, end: number | null, now: number): Window {
  const span = WINDOW_DAYS * DAY
  if (start === null && end === null) return { ok: true, from: now - span, to: now }
  if (start === null && end !== null) return { ok: true, from: end - span, to: end }
  if (start !== null && end === null) return { ok: true, from: start, to: start + span }
  const from = start ?? 0
  const to = end ?? 0
  if (to < from)
    return {
      ok: false,
      problem: problem(400, 'end_date 早于 start_date', 'end_date is before start_date'),
    }
  if (to - from > span)
    return {
      ok: false,
      problem: problem(
        400,
        `start_date 与 end_date 相隔不能超过 ${WINDOW_DAYS} 天`,
        `start_date and end_date may be at most ${WINDOW_DAYS} days apart`,
      ),
    }
  return { ok: true, from, to }
}

// ---- Ids: the item's number qualified by its community's code, 320812400001-2026-000123.

export function serviceRequestId(communityCode: string, number: string): string {
  return `${communityCode}-${number}`
}

/** The community code (null for a bare number such as 2026-000123) and the number; null when neither. */
export function parseServiceRequestId(text: string): { communityCode: string | null; number: string } | null {
  const m = /^(?:(.{1,64})-)?(\d{4}-\d{6,9})$/.exec(text.trim())
  if (!m?.[2]) return null
  return { communityCode: m[1] ?? null, number: m[2] }
}

/** A comma-separated argument; an empty one is the same as none. */
export function splitList(text: string | undefined): string[] {
  if (text === undefined) return []
  return [
    ...new Set(
      text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ]
}

/** An empty optional argument behaves exactly like an absent one. */
export function given(text: string | undefined | null): string | undefined {
  if (text === undefined || text === null) return undefined
  const t = text.trim()
  return t === '' ? undefined : t
}

// ---- Services: public categories, each with the attributes a POST may carry.

export interface CategoryRow {
  code: string
  parent_code: string | null
  name_zh: string
  name_en: string
}

export interface ServiceDoc {
  service_code: string
  service_name: string
  description: string
  metadata: boolean
  type: 'realtime'
  keywords: string
  group: string
}

export function serviceDoc(category: CategoryRow, top: CategoryRow | undefined): ServiceDoc {
  return {
    service_code: category.code,
    service_name: category.name_zh,
    description: `${category.name_zh}（${category.name_en}）`,
    metadata: true,
    type: 'realtime',
    keywords: [category.name_en, ...(top && top.code !== category.code ? [top.name_en] : [])]
      .map((k) => k.replace(/,/g, ' '))
      .join(','),
    group: (top ?? category).name_zh,
  }
}

export interface AttributeDoc {
  variable: boolean
  code: string
  datatype: 'singlevaluelist'
  required: boolean
  datatype_description: string
  order: number
  description: string
  values: { key: string; name: string }[]
}

const urgencyNamesZh: Record<Urgency, string> = { normal: '一般', urgent: '紧急（危及生命财产安全）' }

export const serviceAttributes: readonly AttributeDoc[] = [
  {
    variable: true,
    code: 'request_type',
    datatype: 'singlevaluelist',
    required: false,
    datatype_description: '不填时，设施类为报修，其余为举报',
    order: 1,
    description: '诉求类型',
    values: requestTypes.map((key) => ({ key, name: requestTypeNamesZh[key] })),
  },
  {
    variable: true,
    code: 'urgency',
    datatype: 'singlevaluelist',
    required: false,
    datatype_description: '不填时为一般',
    order: 2,
    description: '紧急程度',
    values: (['normal', 'urgent'] as const).map((key) => ({ key, name: urgencyNamesZh[key] })),
  },
]

export function serviceDefinitionDoc(code: string): { service_code: string; attributes: AttributeDoc[] } {
  return { service_code: code, attributes: [...serviceAttributes] }
}

export function defaultRequestType(categoryCode: string): RequestType {
  return categoryCode === 'facilities' || categoryCode.startsWith('facilities.') ? 'repair' : 'report'
}

// ---- POST requests: the form's fields, checked.

export interface PostFields {
  service_code?: string | undefined
  lat?: string | undefined
  long?: string | undefined
  address_string?: string | undefined
  address_id?: string | undefined
  email?: string | undefined
  first_name?: string | undefined
  last_name?: string | undefined
  phone?: string | undefined
  description?: string | undefined
  media_url?: string | undefined
}

export interface PostInput {
  serviceCode: string
  position: { lat: number; lng: number } | null
  addressString: string | null
  addressId: string | null
  description: string
  reporterName: string | null
  phone: string | null
  requestType: RequestType | null
  urgency: Urgency
}

/** `attribute[code]` and `attribute[code][]` fields as code → values. */
export function attributesOf(body: Record<string, unknown>): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const [key, value] of Object.entries(body)) {
    const m = /^attribute\[([^\]]+)\](\[\])?$/.exec(key)
    if (!m?.[1]) continue
    const values = (Array.isArray(value) ? value : [value]).filter(
      (v): v is string => typeof v === 'string' && v.trim() !== '',
    )
    if (values.length > 0) out.set(m[1], [...(out.get(m[1]) ?? []), ...values])
  }
  return out
}

function fullName(first: string | undefined, last: string | undefined): string | null {
  if (!first && !last) return null
  if (first && last)
    return /^[\p{Script=Han}·]+$/u.test(`${last}${first}`) ? `${last}${first}` : `${first} ${last}`
  return first ?? last ?? null
}

/** Checks a POST's fields; every problem at once. */
export function checkPost(
  fields: PostFields,
  attributes: Map<string, string[]>,
): { ok: true; input: PostInput } | { ok: false; problems: Open311Problem[] } {
  const problems: Open311Problem[] = []
  const serviceCode = given(fields.service_code)
  if (!serviceCode) problems.push(problem(400, '缺少 service_code', 'service_code is required'))
  const description = given(fields.description)
  if (!description)
    problems.push(
      problem(400, '缺少 description：请描述问题', 'description is required: describe the problem'),
    )
  const lat = given(fields.lat)
  const long = given(fields.long)
  let position: PostInput['position'] = null
  if ((lat === undefined) !== (long === undefined))
    problems.push(problem(400, 'lat 与 long 须同时提供', 'lat and long must be given together'))
  else if (lat !== undefined && long !== undefined) {
    const [y, x] = [Number(lat), Number(long)]
    if (!Number.isFinite(y) || !Number.isFinite(x) || Math.abs(y) > 90 || Math.abs(x) > 180)
      problems.push(problem(400, 'lat/long 不是有效的 WGS84 坐标', 'lat/long is not a valid WGS84 position'))
    else position = { lat: y, lng: x }
  }
  const addressString = given(fields.address_string) ?? null
  const addressId = given(fields.address_id) ?? null
  if (lat === undefined && long === undefined && !addressString && !addressId)
    problems.push(
      problem(
        400,
        '缺少位置：请提供 lat/long、address_string 或 address_id（楼栋编码）',
        'a location is required: lat/long, address_string or address_id (a building code)',
      ),
    )
  const email = given(fields.email)
  if (email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    problems.push(problem(400, 'email 格式不正确', 'email is not a valid address'))
  const mediaUrl = given(fields.media_url)
  if (mediaUrl !== undefined && !/^https?:\/\/\S+$/i.test(mediaUrl))
    problems.push(problem(400, 'media_url 须为 http(s) 地址', 'media_url must be an http(s) URL'))
  let requestType: RequestType | null = null
  let urgency: Urgency = 'normal'
  for (const definition of serviceAttributes) {
    const values = attributes.get(definition.code) ?? []
    const allowed = definition.values.map((v) => v.key)
    if (values.length === 0) continue
    if (values.length > 1 || !allowed.includes(values[0] ?? ''))
      problems.push(
        problem(
          400,
          `attribute[${definition.code}] 只能取一个值：${allowed.join('、')}`,
          `attribute[${definition.code}] takes one of: ${allowed.join(', ')}`,
        ),
      )
    else if (definition.code === 'request_type') requestType = values[0] as RequestType
    else urgency = values[0] as Urgency
  }
  if (problems.length > 0 || !serviceCode || !description) return { ok: false, problems }
  // Contact details a resident gave that have no column of their own stay with the description,
  // which only handlers read (public feeds show the moderated text, never this).
  const extras = [email ? `联系邮箱：${email}` : null, mediaUrl ? `图片链接：${mediaUrl}` : null].filter(
    Boolean,
  )
  return {
    ok: true,
    input: {
      serviceCode,
      position,
      addressString,
      addressId,
      description: extras.length > 0 ? `${description}\n\n${extras.join('\n')}` : description,
      reporterName: fullName(given(fields.first_name), given(fields.last_name)),
      phone: given(fields.phone) ?? null,
      requestType,
      urgency,
    },
  }
}

// ---- Places: public addresses stop at the building.

export interface PlaceNode {
  id: string
  kind: string
  code: string
  name: string
  address: string | null
  lat: number | null
  lng: number | null
}

export interface PublicPlace {
  address: string
  addressId: string
  lat: number | null
  lng: number | null
}

/** The building (or, for items filed at a grid or community, the community) — never a unit or room. */
export function publicPlace(ancestors: readonly PlaceNode[]): PublicPlace | null {
  const community = ancestors.find((n) => n.kind === 'community')
  if (!community) return null
  const building = ancestors.find((n) => n.kind === 'building')
  const at = building ?? community
  return {
    address: building ? (building.address ?? `${community.name} ${building.name}`) : community.name,
    addressId: at.code,
    lat: at.lat ?? community.lat,
    lng: at.lng ?? community.lng,
  }
}

/** Great-circle distance in metres. */
export function metresBetween(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLng = (b.lng - a.lng) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2
  return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** A lat/long is placed at the nearest building within this distance, else at the community. */
export const SNAP_METRES = 1000

export function nearest<T extends { lat: number | null; lng: number | null }>(
  at: { lat: number; lng: number },
  candidates: readonly T[],
  within = SNAP_METRES,
): T | undefined {
  let best: { node: T; d: number } | undefined
  for (const node of candidates) {
    if (node.lat === null || node.lng === null) continue
    const d = metresBetween(at, { lat: node.lat, lng: node.lng })
    if (d <= within && (!best || d < best.d)) best = { node, d }
  }
  return best?.node
}

// ---- Public requests: what anyone may read, and nothing else.

export interface PublicItem {
  number: string
  category_code: string
  category_name: string
  state: WorkState
  level: WorkLevel
  outcome: string | null
  cancel_reason: string | null
  merged_into_id: string | null
  public_text: string | null
  reported_at: number
  updated_at: number
  closed_at: number | null
  due_at: number
}

export interface RequestDoc {
  service_request_id: string
  status: Open311Status
  status_notes: string
  service_name: string
  service_code: string
  description?: string
  agency_responsible?: string
  requested_datetime: string
  updated_datetime: string
  expected_datetime?: string
  address?: string
  address_id?: string
  lat?: number
  long?: number
  extended_attributes?: {
    number: string
    detailed_status: WorkState
    detailed_status_name: string
    level: WorkLevel
    outcome?: string
  }
}

/**
 * One item as the public sees it: the moderated text only (never the resident's own words, name
 * or phone), the building-level place, open/closed with the detailed state in status_notes and,
 * when the client asks for extensions, in extended_attributes.
 */
export function requestDoc(
  item: PublicItem,
  where: { communityCode: string; place: PublicPlace | null; agency: string | null },
  extensions: boolean,
): RequestDoc {
  const status = open311Status(item.state)
  const text = item.public_text?.trim()
  return {
    service_request_id: serviceRequestId(where.communityCode, item.number),
    status,
    status_notes: statusNotes(item),
    service_name: item.category_name,
    service_code: item.category_code,
    ...(text ? { description: text } : {}),
    ...(where.agency ? { agency_responsible: where.agency } : {}),
    requested_datetime: w3cDateTime(item.reported_at),
    updated_datetime: w3cDateTime(
      status === 'closed' ? (item.closed_at ?? item.updated_at) : item.updated_at,
    ),
    ...(status === 'open' ? { expected_datetime: w3cDateTime(item.due_at) } : {}),
    ...(where.place
      ? {
          address: where.place.address,
          address_id: where.place.addressId,
          ...(where.place.lat !== null && where.place.lng !== null
            ? { lat: where.place.lat, long: where.place.lng }
            : {}),
        }
      : {}),
    ...(extensions
      ? {
          extended_attributes: {
            number: item.number,
            detailed_status: item.state,
            detailed_status_name: workStateNamesZh[item.state],
            level: item.level,
            ...(item.outcome ? { outcome: item.outcome } : {}),
          },
        }
      : {}),
  }
}

// ---- Discovery.

export function discoveryDoc(input: { baseUrl: string; changeset: number }) {
  const changeset = w3cDateTime(input.changeset)
  return {
    changeset,
    contact:
      '同心 Tongxin：请联系所在社区或街道（园区）的系统管理员 / contact the administrator of your community or street office',
    key_service:
      'api_key 由系统管理员按客户端发放，限定其管辖范围（jurisdiction_id 为社区或街道的区划代码）/ api_keys are issued per client by the administrator, limited to a jurisdiction (jurisdiction_id: the code of a community or street office)',
    endpoints: [
      {
        specification: SPECIFICATION,
        url: input.baseUrl,
        changeset,
        type: 'production' as const,
        formats: [
          contentTypes.xml.split(';')[0] ?? 'text/xml',
          contentTypes.json.split(';')[0] ?? 'application/json',
        ],
      },
    ],
  }
}

// ---- XML: the same document, arrays wrapped in their element names.

const itemNames: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
}

// Characters XML 1.0 cannot carry at all.
// eslint-disable-next-line no-control-regex -- these are exactly the characters being removed
const notXmlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

function xmlValue(key: string, value: unknown): unknown {
  if (Array.isArray(value)) {
    const item = itemNames[key] ?? 'item'
    return { [item]: value.map((v) => xmlValue(item, v)) }
  }
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined && v !== null)
        .map(([k, v]) => [k, xmlValue(k, v)]),
    )
  if (typeof value === 'string') return value.replace(notXmlChars, '')
  return String(value)
}

// fast-xml-parser (the dependency) re-exports its builder from fast-xml-builder and marks it deprecated there.
// eslint-disable-next-line @typescript-eslint/no-deprecated -- the same builder, through the package we depend on
const builder = new XMLBuilder({ format: false, processEntities: true, suppressEmptyNode: false })

/** `root` is services, service_requests, errors (lists) or discovery, service_definition (objects). */
export function toXml(root: string, doc: unknown): string {
  const body = builder.build({ [root]: xmlValue(root, doc) })
  return `<?xml version="1.0" encoding="utf-8"?>\n${body}`
}
