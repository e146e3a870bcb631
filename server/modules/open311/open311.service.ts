// Open311 GeoReport v2 use cases: discovery, services, filing a request with a client's api_key,
// and the public reads (requests, one request, tokens). Jurisdictions are org node codes (a
// community such as 320812400001, or a street office); a client files only at or under its own.
// A request's id is its item number qualified by its community's code, 320812400001-2026-000123.
import type { Db, Executor, OrgNodeTable, Open311ClientTable } from '../../db/index.js'
import type { Actor } from '../../platform/access.js'
import { AppError } from '../../platform/errors.js'
import type { PiiKeys } from '../../platform/pii.js'
import { checkedPhone, createItem, placeAt, type Placement, type WorkState } from '../requests/index.js'
import { jurisdictionKinds } from './open311-client.service.js'
import {
  API_CHANGESET,
  MAX_REQUESTS,
  checkPost,
  defaultRequestType,
  discoveryDoc,
  given,
  nearest,
  parseServiceRequestId,
  parseW3cDateTime,
  problem,
  publicPlace,
  requestDoc,
  requestWindow,
  serviceDefinitionDoc,
  serviceDoc,
  serviceRequestId,
  splitList,
  statesOf,
  SNAP_METRES,
  type Open311Problem,
  type Open311Status,
  type PostFields,
  type RequestDoc,
  type ServiceDoc,
} from './open311.domain.js'
import {
  buildingsNear,
  findCommunitiesByCodes,
  findNodeByCode,
  findNodeByPath,
  findPlaceNodes,
  lastCategoryChange,
  listActiveCategories,
  listPublicItems,
  villageNames,
  type PublicItemFilter,
  type PublicItemRow,
} from './open311.repository.js'

const statusOf = { 400: 'VALIDATION_FAILED', 403: 'FORBIDDEN', 404: 'NOT_FOUND_OR_NO_ACCESS' } as const

/** Open311 problems as one AppError; the route writes them in the spec's error format. */
function refuse(problems: Open311Problem[]): AppError {
  const first = problems[0]?.code ?? 400
  const code = first === 403 ? statusOf[403] : first === 404 ? statusOf[404] : statusOf[400]
  return new AppError(code, { open311: problems })
}

const placeKinds = new Set(['community', 'grid', 'building', 'unit', 'room'])

/** The node a jurisdiction_id names; none when it is not given; 404 when no such jurisdiction. */
async function jurisdiction(db: Executor, code: string | undefined): Promise<OrgNodeTable | null> {
  const c = given(code)
  if (c === undefined) return null
  const node = await findNodeByCode(db, c)
  if (!node || !jurisdictionKinds.has(node.kind))
    throw refuse([problem(404, `未知的 jurisdiction_id：${c}`, `jurisdiction_id not found: ${c}`)])
  return node
}

export async function getDiscovery({ db, baseUrl }: { db: Executor; baseUrl: string }) {
  const changed = await lastCategoryChange(db)
  return discoveryDoc({ baseUrl, changeset: Math.max(API_CHANGESET, changed ?? 0) })
}

async function publicServices(db: Executor) {
  const all = await listActiveCategories(db)
  const byCode = new Map(all.map((c) => [c.code, c]))
  const topOf = (code: string) => {
    let c = byCode.get(code)
    while (c?.parent_code) c = byCode.get(c.parent_code) ?? undefined
    return c
  }
  return all.filter((c) => c.public === 1).map((c) => ({ row: c, doc: serviceDoc(c, topOf(c.code)) }))
}

/** Categories marked public, as services. */
export async function listServices({
  db,
  jurisdictionId,
}: {
  db: Executor
  jurisdictionId: string | undefined
}): Promise<ServiceDoc[]> {
  await jurisdiction(db, jurisdictionId)
  return (await publicServices(db)).map((s) => s.doc)
}

export async function getServiceDefinition({
  db,
  jurisdictionId,
  serviceCode,
}: {
  db: Executor
  jurisdictionId: string | undefined
  serviceCode: string
}) {
  await jurisdiction(db, jurisdictionId)
  const found = (await publicServices(db)).find((s) => s.row.code === serviceCode)
  if (!found)
    throw refuse([
      problem(404, `未知的 service_code：${serviceCode}`, `service_code not found: ${serviceCode}`),
    ])
  return serviceDefinitionDoc(found.row.code)
}

/**
 * Where a filing lands: the node `address_id` names (a building's org code, or a unit, room, grid
 * or community code); for lat/long alone, the nearest building with a stored position within
 * 1 km, else the community when the jurisdiction is one; for address_string alone, the community.
 */
async function placeFiling(
  db: Executor,
  area: OrgNodeTable,
  input: {
    addressId: string | null
    position: { lat: number; lng: number } | null
    addressString: string | null
  },
): Promise<Placement> {
  const outside = (zh: string, en: string) => refuse([problem(400, zh, en)])
  if (input.addressId !== null) {
    const node = await findNodeByCode(db, input.addressId)
    if (!node || !placeKinds.has(node.kind) || !node.path.startsWith(area.path))
      throw outside(
        `address_id 不是 ${area.name} 内的楼栋（或单元、房间、网格）编码：${input.addressId}`,
        `address_id is not a building (or unit, room, grid) code within ${area.code}: ${input.addressId}`,
      )
    return placeAt(db, node.id)
  }
  if (input.position !== null) {
    const dLat = SNAP_METRES / 111_000
    const dLng = dLat / Math.max(0.1, Math.cos((input.position.lat * Math.PI) / 180))
    const candidates = await buildingsNear(db, { path: area.path, ...input.position, dLat, dLng })
    const building = nearest(input.position, candidates)
    if (building) return placeAt(db, building.id)
  }
  if (area.kind === 'community') return placeAt(db, area.id)
  throw outside(
    `${area.name} 不止一个社区：请给出 address_id（楼栋编码），或以社区代码作 jurisdiction_id`,
    `${area.code} spans several communities: give an address_id (a building code), or a community code as jurisdiction_id`,
  )
}

function agencyOf(placement: Placement): string {
  return placement.grid ? `${placement.community.name}${placement.grid.name}` : placement.community.name
}

/** POST requests: a resident's report through a client, filed like any other (channel open311). */
export async function fileOpen311Request({
  db,
  pii,
  client,
  actor,
  fields,
  attributes,
  jurisdictionIds,
  now,
}: {
  db: Db
  pii: PiiKeys
  client: Open311ClientTable
  actor: Actor
  fields: PostFields
  attributes: Map<string, string[]>
  /** jurisdiction_id as sent in the query string and in the form (clients use either). */
  jurisdictionIds: { query: string | undefined; body: string | undefined }
  now: number
}): Promise<{ service_request_id: string; service_notice: string }[]> {
  const checked = checkPost(fields, attributes)
  if (!checked.ok) throw refuse(checked.problems)
  const { input } = checked
  const [fromQuery, fromBody] = [given(jurisdictionIds.query), given(jurisdictionIds.body)]
  if (fromQuery !== undefined && fromBody !== undefined && fromQuery !== fromBody)
    throw refuse([
      problem(
        400,
        'URL 与表单中的 jurisdiction_id 不一致',
        'jurisdiction_id differs between the URL and the form',
      ),
    ])
  const phone = checkedPhone(input.phone ?? undefined, '/phone')
  return db.transaction().execute(async (trx) => {
    const named = await jurisdiction(trx, fromQuery ?? fromBody)
    if (named && !named.path.startsWith(client.jurisdiction_path))
      throw refuse([
        problem(
          403,
          `该 api_key 无权向 ${named.name}（${named.code}）提交`,
          `this api_key may not file in jurisdiction ${named.code}`,
        ),
      ])
    const area = named ?? (await findNodeByPath(trx, client.jurisdiction_path))
    if (!area) throw new AppError('INTERNAL', { reason: 'open311 client jurisdiction missing' })
    const service = (await publicServices(trx)).find((s) => s.row.code === input.serviceCode)
    if (!service)
      throw refuse([
        problem(
          404,
          `未知的 service_code：${input.serviceCode}`,
          `service_code not found: ${input.serviceCode}`,
        ),
      ])
    const placed = await placeFiling(trx, area, input)
    const placement: Placement =
      input.addressString === null
        ? placed
        : {
            ...placed,
            address: placed.address ? `${placed.address}（${input.addressString}）` : input.addressString,
          }
    const { item } = await createItem(
      trx,
      pii,
      actor,
      'public',
      {
        requestType: input.requestType ?? defaultRequestType(service.row.code),
        categoryCode: service.row.code,
        urgency: input.urgency,
        channel: 'open311',
        title: null,
        description: input.description,
        placement,
        lat: input.position?.lat ?? null,
        lng: input.position?.lng ?? null,
        reporterPersonId: null,
        originVillageId: null,
        reporterName: input.reporterName,
        reporterPhone: phone,
        photos: [],
        filedByUserId: null,
        withFeedbackToken: false,
      },
      now,
    )
    return [
      {
        service_request_id: serviceRequestId(placement.community.code, item.number),
        service_notice: `已受理，事项编号 ${item.number}，由${agencyOf(placement)}办理`,
      },
    ]
  })
}

/** Public items as documents: place at building level, the agency that holds each now. */
async function toDocs(db: Executor, rows: PublicItemRow[], extensions: boolean): Promise<RequestDoc[]> {
  const ids = rows.flatMap((r) => [
    ...r.path.split('/').filter(Boolean),
    ...(r.street_id ? [r.street_id] : []),
  ])
  const nodes = new Map((await findPlaceNodes(db, ids)).map((n) => [n.id, n]))
  const villages = await villageNames(
    db,
    rows.flatMap((r) => (r.village_id ? [r.village_id] : [])),
  )
  return rows.map((r) => {
    const ancestors = r.path
      .split('/')
      .filter(Boolean)
      .flatMap((id) => {
        const n = nodes.get(id)
        return n ? [n] : []
      })
    const community = nodes.get(r.community_id)
    const grid = r.grid_id ? nodes.get(r.grid_id) : undefined
    const street = r.street_id ? nodes.get(r.street_id) : undefined
    const agency = r.village_id
      ? (villages.get(r.village_id) ?? null)
      : r.level === 'grid' && grid && community
        ? `${community.name}${grid.name}`
        : r.level === 'street'
          ? (street?.name ?? null)
          : (community?.name ?? null)
    return requestDoc(
      { ...r, state: r.state as WorkState, level: r.level },
      { communityCode: community?.code ?? '', place: publicPlace(ancestors), agency },
      extensions,
    )
  })
}

/** Resolves service_request_ids (the bare number only within a community jurisdiction) to (community, number). */
async function resolveIds(
  db: Executor,
  texts: string[],
  area: OrgNodeTable | null,
): Promise<{ communityId: string; number: string }[]> {
  const parsed = texts.map((t) => ({ text: t, id: parseServiceRequestId(t) }))
  const bad = parsed.filter(
    (p) => p.id === null || (p.id.communityCode === null && area?.kind !== 'community'),
  )
  if (bad.length > 0)
    throw refuse(
      bad.map((b) =>
        problem(
          400,
          `service_request_id 格式不正确（应如 320812400001-2026-000123）：${b.text}`,
          `service_request_id is not like 320812400001-2026-000123: ${b.text}`,
        ),
      ),
    )
  const codes = parsed.flatMap((p) => (p.id?.communityCode ? [p.id.communityCode] : []))
  const communities = new Map((await findCommunitiesByCodes(db, codes)).map((c) => [c.code, c]))
  return parsed.flatMap(({ id }) => {
    if (!id) return []
    const community = id.communityCode === null ? area : communities.get(id.communityCode)
    return community ? [{ communityId: community.id, number: id.number }] : []
  })
}

export interface RequestsQuery {
  jurisdiction_id?: string | undefined
  service_request_id?: string | undefined
  service_code?: string | undefined
  start_date?: string | undefined
  end_date?: string | undefined
  status?: string | undefined
  extensions?: string | undefined
}

/** GET requests: the spec's filters; service_request_id overrides the others; 90 days, 1000 at most. */
export async function listPublicRequests({
  db,
  query,
  now,
}: {
  db: Executor
  query: RequestsQuery
  now: number
}): Promise<RequestDoc[]> {
  const area = await jurisdiction(db, query.jurisdiction_id)
  const extensions = given(query.extensions) === 'true'
  const base: PublicItemFilter = {
    path: area?.path ?? null,
    ids: null,
    categoryCodes: null,
    states: null,
    from: null,
    to: null,
    limit: MAX_REQUESTS,
  }
  const ids = splitList(query.service_request_id)
  if (ids.length > 0) {
    const rows = await listPublicItems(db, { ...base, ids: await resolveIds(db, ids, area) })
    return toDocs(db, rows, extensions)
  }
  const problems: Open311Problem[] = []
  const statuses = splitList(query.status)
  for (const s of statuses)
    if (s !== 'open' && s !== 'closed')
      problems.push(problem(400, `status 只能是 open 或 closed：${s}`, `status is open or closed, not ${s}`))
  const date = (name: 'start_date' | 'end_date') => {
    const text = given(query[name])
    if (text === undefined) return null
    const at = parseW3cDateTime(text)
    if (at === null)
      problems.push(
        problem(
          400,
          `${name} 须为带时区的 W3C 时间，如 2026-01-01T00:00:00+08:00`,
          `${name} must be a W3C date-time with a time zone, e.g. 2026-01-01T00:00:00Z`,
        ),
      )
    return at
  }
  const [start, end] = [date('start_date'), date('end_date')]
  if (problems.length > 0) throw refuse(problems)
  const window = requestWindow(start, end, now)
  if (!window.ok) throw refuse([window.problem])
  const codes = splitList(query.service_code)
  const rows = await listPublicItems(db, {
    ...base,
    categoryCodes: codes.length > 0 ? codes : null,
    states: statuses.length > 0 ? statesOf(statuses as Open311Status[]) : null,
    from: window.from,
    to: window.to,
  })
  return toDocs(db, rows, extensions)
}

/** GET requests/{id}: still a list, of one; 404 when it is unknown, not public or outside the jurisdiction. */
export async function getPublicRequest({
  db,
  id,
  jurisdictionId,
  extensions,
}: {
  db: Executor
  id: string
  jurisdictionId: string | undefined
  extensions: string | undefined
}): Promise<RequestDoc[]> {
  const area = await jurisdiction(db, jurisdictionId)
  const notFound = refuse([
    problem(404, `没有编号为 ${id} 的公开诉求`, `no public service request with id ${id}`),
  ])
  const parsed = parseServiceRequestId(id)
  if (!parsed || (parsed.communityCode === null && area?.kind !== 'community')) throw notFound
  const pairs = await resolveIds(db, [id], area)
  const rows = await listPublicItems(db, {
    path: area?.path ?? null,
    ids: pairs,
    categoryCodes: null,
    states: null,
    from: null,
    to: null,
    limit: 1,
  })
  if (rows.length === 0) throw notFound
  return toDocs(db, rows, given(extensions) === 'true')
}

/**
 * GET tokens/{token}: this server answers POSTs at once with a service_request_id (services are
 * `realtime`), so the only tokens it knows are those ids themselves; they answer as the spec says.
 */
export async function resolveToken({
  db,
  token,
  jurisdictionId,
}: {
  db: Executor
  token: string
  jurisdictionId: string | undefined
}): Promise<{ service_request_id: string; token: string }[]> {
  await jurisdiction(db, jurisdictionId)
  try {
    const docs = await getPublicRequest({ db, id: token, jurisdictionId, extensions: undefined })
    return docs.map((d) => ({ service_request_id: d.service_request_id, token }))
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND_OR_NO_ACCESS')
      throw refuse([problem(404, `未知的 token：${token}`, `token not found: ${token}`)])
    throw error
  }
}
