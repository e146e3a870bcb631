// Open311 clients: each holds one api_key, limited to a jurisdiction (an org node: a community or
// a street office and what lies under it). The key is shown once, when it is made; only its
// SHA-256 is stored, so a stolen database yields no usable key.
import { createHash, randomBytes } from 'node:crypto'
import type { Db, Executor, Open311ClientTable } from '../../db/index.js'
import { requireAccess, type Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { problem } from './open311.domain.js'
import {
  findClient,
  findClientByKeyHash,
  findNodeByCode,
  insertClient,
  listClients,
  markClientRevoked,
} from './open311.repository.js'

const CLIENT = 'open311_client'
/** Org kinds that can be a jurisdiction: the levels that answer for residents' requests. */
export const jurisdictionKinds = new Set(['district', 'street', 'park', 'community'])

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex')
}

function forbidden(zh: string, en: string): AppError {
  return new AppError('FORBIDDEN', { open311: [problem(403, zh, en)] })
}

/** The client behind an api_key; a missing, unknown or revoked key is refused (403). */
export async function authenticateClient({
  db,
  apiKey,
}: {
  db: Executor
  apiKey: string | undefined
}): Promise<Open311ClientTable> {
  const key = apiKey?.trim() ?? ''
  if (key === '' || key.length > 200)
    throw forbidden('缺少 api_key，无法提交', 'api_key is missing -- cannot proceed with create_request')
  const client = await findClientByKeyHash(db, hashApiKey(key))
  if (!client || client.revoked_at !== null)
    throw forbidden(
      'api_key 无效或已停用，无法提交',
      "invalid api_key received -- can't proceed with create_request",
    )
  return client
}

export interface ClientView {
  id: string
  name: string
  jurisdictionPath: string
  createdAt: number
  revokedAt: number | null
}

function toView(c: Open311ClientTable): ClientView {
  return {
    id: c.id,
    name: c.name,
    jurisdictionPath: c.jurisdiction_path,
    createdAt: c.created_at,
    revokedAt: c.revoked_at,
  }
}

/** Makes a client and its api_key (returned this once). */
export async function createOpen311Client({
  db,
  actor,
  name,
  jurisdictionCode,
  now,
}: {
  db: Db
  actor: Actor
  name: string
  jurisdictionCode: string
  now: number
}): Promise<{ client: ClientView; jurisdiction: { code: string; name: string }; apiKey: string }> {
  const clientName = name.trim()
  if (clientName === '' || clientName.length > 100)
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: '/name', rule: 'maxLength', message: '客户端名称须为 1–100 个字符' }],
    })
  return db.transaction().execute(async (trx) => {
    const node = await findNodeByCode(trx, jurisdictionCode)
    if (!node) throw notFoundOrNoAccess('org_node')
    requireAccess(actor, 'request.configure', { kind: 'org', path: node.path }, 'org_node')
    if (!jurisdictionKinds.has(node.kind))
      throw new AppError('VALIDATION_FAILED', {
        fields: [
          {
            path: '/jurisdiction',
            rule: 'jurisdiction',
            message: `${node.name}（${node.code}）不是社区、街道（园区）或区：管辖范围须为其中之一`,
          },
        ],
      })
    const apiKey = randomBytes(24).toString('base64url')
    const row: Open311ClientTable = {
      id: newId(),
      name: clientName,
      key_hash: hashApiKey(apiKey),
      jurisdiction_path: node.path,
      created_at: now,
      revoked_at: null,
    }
    await insertClient(trx, row)
    await recordAudit(trx, {
      actor,
      action: 'open311.client.create',
      targetType: CLIENT,
      targetId: row.id,
      scopePath: node.path,
      summary: { name: clientName, jurisdiction: node.code },
      at: now,
    })
    return { client: toView(row), jurisdiction: { code: node.code, name: node.name }, apiKey }
  })
}

/** Stops a client's key from working (from this request on; the client row and its history stay). */
export async function revokeOpen311Client({
  db,
  actor,
  clientId,
  now,
}: {
  db: Db
  actor: Actor
  clientId: string
  now: number
}): Promise<ClientView> {
  return db.transaction().execute(async (trx) => {
    const client = await findClient(trx, clientId)
    if (!client) throw notFoundOrNoAccess(CLIENT)
    requireAccess(actor, 'request.configure', { kind: 'org', path: client.jurisdiction_path }, CLIENT)
    if (await markClientRevoked(trx, client.id, now))
      await recordAudit(trx, {
        actor,
        action: 'open311.client.revoke',
        targetType: CLIENT,
        targetId: client.id,
        scopePath: client.jurisdiction_path,
        summary: { name: client.name },
        at: now,
      })
    return toView((await findClient(trx, client.id)) ?? client)
  })
}

export async function listOpen311Clients({
  db,
}: {
  db: Executor
}): Promise<(ClientView & { jurisdiction: { code: string; name: string } | null })[]> {
  return (await listClients(db)).map((c) => ({
    ...toView(c),
    jurisdiction:
      c.node_code !== null && c.node_name !== null ? { code: c.node_code, name: c.node_name } : null,
  }))
}
