// 资产卡片: the collective's fixed assets, each under an account of the books (151 固定资产 and its
// sub-accounts, 153 在建工程, 161 无形资产 …). A card's status changes only with a history row;
// disposal (报废/处置) is final and a card is never deleted. The reconciliation compares, per
// account, the original value of the cards still held with the account's balance in the books.
import type { AssetCardTable, Db, Executor } from '../../db/index.js'
import { toNumber } from '../../db/index.js'
import type { Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { localDate } from '../../platform/time.js'
import { getTrialBalance } from '../books/index.js'
import { assetKindNamesZh, assetStatusNamesZh } from './estate.domain.js'
import type { AssetBody, AssetStatusBody } from './estate.schemas.js'
import { invalid, villageEstate } from './land.service.js'

const CARD = 'asset_card'
/** The books' accounts a card may sit under (or their sub-accounts). */
export const assetAccountRoots = ['151', '153', '161', '132', '134'] as const

async function cardView(db: Executor, c: AssetCardTable, withHistory: boolean) {
  const history = withHistory
    ? await db
        .selectFrom('asset_card_history')
        .selectAll()
        .where('card_id', '=', c.id)
        .orderBy('at')
        .orderBy('id')
        .execute()
    : []
  return {
    id: c.id,
    number: c.number,
    name: c.name,
    kind: c.kind,
    kindZh: assetKindNamesZh[c.kind],
    location: c.location,
    acquiredOn: c.acquired_on,
    originalValueFen: toNumber(c.original_value_fen),
    accountCode: c.account_code,
    status: c.status,
    statusZh: assetStatusNamesZh[c.status],
    history: history.map((h) => ({
      from: h.from_status,
      fromZh: h.from_status ? assetStatusNamesZh[h.from_status] : null,
      to: h.to_status,
      toZh: assetStatusNamesZh[h.to_status],
      changedOn: h.changed_on,
      reason: h.reason,
      decisionRef: null,
      by: h.by_label,
      at: toNumber(h.at),
    })),
    version: c.version,
  }
}

async function cardRow(db: Executor, villageId: string, id: string) {
  const c = await db
    .selectFrom('asset_cards')
    .selectAll()
    .where('id', '=', id)
    .where('village_id', '=', villageId)
    .executeTakeFirst()
  if (!c) throw notFoundOrNoAccess(CARD)
  return c
}

export async function listAssets({ db, actor, villageId }: { db: Db; actor: Actor; villageId: string }) {
  const { canWrite } = await villageEstate(db, actor, villageId, 'collective.read')
  const rows = await db
    .selectFrom('asset_cards')
    .selectAll()
    .where('village_id', '=', villageId)
    .orderBy('number')
    .execute()
  const items = []
  for (const r of rows) items.push(await cardView(db, r, false))
  return { items, canWrite }
}

export async function getAsset({
  db,
  actor,
  villageId,
  cardId,
}: {
  db: Db
  actor: Actor
  villageId: string
  cardId: string
}) {
  await villageEstate(db, actor, villageId, 'collective.read')
  return cardView(db, await cardRow(db, villageId, cardId), true)
}

export async function createAsset({
  db,
  actor,
  villageId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  input: AssetBody
  now: number
}) {
  return db.transaction().execute(async (trx) => {
    await villageEstate(trx, actor, villageId, 'collective.manage')
    if (!assetAccountRoots.some((root) => input.accountCode.startsWith(root)))
      throw invalid(
        '/accountCode',
        '资产卡片应挂在 151 固定资产、153 在建工程、161 无形资产等科目或其明细科目下',
      )
    const book = await trx
      .selectFrom('ledger_books')
      .select('village_id')
      .where('village_id', '=', villageId)
      .executeTakeFirst()
    if (book) {
      const account = await trx
        .selectFrom('ledger_accounts')
        .select('code')
        .where('village_id', '=', villageId)
        .where('code', '=', input.accountCode)
        .executeTakeFirst()
      if (!account) throw invalid('/accountCode', `本村账套中没有科目 ${input.accountCode}`)
    }
    const number = input.number.trim()
    const taken = await trx
      .selectFrom('asset_cards')
      .select('id')
      .where('village_id', '=', villageId)
      .where('number', '=', number)
      .executeTakeFirst()
    if (taken)
      throw new AppError('CONFLICT', { reason: 'card number taken', reasonZh: `资产编号 ${number} 已存在` })
    const row: AssetCardTable = {
      id: newId(),
      village_id: villageId,
      number,
      name: input.name.trim(),
      kind: input.kind,
      location: input.location.trim(),
      acquired_on: input.acquiredOn,
      original_value_fen: input.originalValueFen,
      account_code: input.accountCode,
      status: input.status ?? 'in_use',
      version: 1,
      created_at: now,
      updated_at: now,
    }
    await trx.insertInto('asset_cards').values(row).execute()
    await trx
      .insertInto('asset_card_history')
      .values({
        id: newId(),
        card_id: row.id,
        village_id: villageId,
        from_status: null,
        to_status: row.status,
        changed_on: localDate(now),
        reason: '建立资产卡片',
        by_user_id: actor.userId,
        by_label: actor.label,
        at: now,
      })
      .execute()
    await recordAudit(trx, {
      actor,
      action: 'estate.asset.create',
      targetType: CARD,
      targetId: row.id,
      villageId,
      summary: { number, name: row.name, valueFen: row.original_value_fen, account: row.account_code },
      at: now,
    })
    return cardView(trx, row, true)
  })
}

/** Writes a card's new status and its history row (in the caller's transaction). */
export async function moveCard(
  trx: Executor,
  actor: Actor,
  c: AssetCardTable,
  to: AssetCardTable['status'],
  changedOn: string,
  reason: string,
  now: number,
) {
  await trx
    .updateTable('asset_cards')
    .set({ status: to, version: c.version + 1, updated_at: now })
    .where('id', '=', c.id)
    .execute()
  await trx
    .insertInto('asset_card_history')
    .values({
      id: newId(),
      card_id: c.id,
      village_id: c.village_id,
      from_status: c.status,
      to_status: to,
      changed_on: changedOn,
      reason,
      by_user_id: actor.userId,
      by_label: actor.label,
      at: now,
    })
    .execute()
}

export async function changeAssetStatus({
  db,
  actor,
  villageId,
  cardId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  cardId: string
  input: AssetStatusBody
  now: number
}) {
  return db.transaction().execute(async (trx) => {
    await villageEstate(trx, actor, villageId, 'collective.manage')
    const c = await cardRow(trx, villageId, cardId)
    if (c.version !== input.version)
      throw new AppError('VERSION_CONFLICT', { entity: CARD, expectedVersion: input.version })
    if (c.status === 'disposed')
      throw new AppError('CONFLICT', {
        reason: 'disposed is final',
        reasonZh: `资产 ${c.number} 已报废/处置`,
      })
    if (c.status === input.to) throw invalid('/to', `资产已是“${assetStatusNamesZh[input.to]}”状态`)
    await moveCard(trx, actor, c, input.to, input.changedOn, input.reason.trim(), now)
    await recordAudit(trx, {
      actor,
      action: input.to === 'disposed' ? 'estate.asset.dispose' : 'estate.asset.status',
      targetType: CARD,
      targetId: c.id,
      villageId,
      summary: { from: c.status, to: input.to, reason: input.reason },
      at: now,
    })
    return cardView(trx, await cardRow(trx, villageId, c.id), true)
  })
}

/**
 * 账实核对: per account, the original value of the cards held (not disposed, acquired by the
 * period's end) against the account's closing balance in the trial balance of the period.
 */
export async function reconcileAssets({
  db,
  actor,
  villageId,
  period,
}: {
  db: Db
  actor: Actor
  villageId: string
  period: string
}) {
  await villageEstate(db, actor, villageId, 'collective.read')
  const tb = await getTrialBalance({ db, actor, villageId, period })
  const cards = await db
    .selectFrom('asset_cards')
    .select([
      'account_code',
      (eb) => eb.fn.countAll<string | number>().as('n'),
      (eb) => eb.fn.sum<string | number>('original_value_fen').as('fen'),
    ])
    .where('village_id', '=', villageId)
    .where('status', '<>', 'disposed')
    .where('acquired_on', '<=', `${period}-31`)
    .groupBy('account_code')
    .execute()
  const byCode = new Map(cards.map((c) => [c.account_code, { n: toNumber(c.n), fen: toNumber(c.fen) }]))
  const codes = new Set(byCode.keys())
  // Leaf accounts under the card roots that carry a balance but no card.
  for (const r of tb.rows)
    if (r.leaf && r.closingFen !== 0 && assetAccountRoots.some((root) => r.code.startsWith(root)))
      codes.add(r.code)
  const rows = [...codes].sort().map((code) => {
    const account = tb.rows.find((r) => r.code === code)
    const c = byCode.get(code) ?? { n: 0, fen: 0 }
    const booksFen = account?.closingFen ?? 0
    return {
      accountCode: code,
      accountName: account?.name ?? '（账套中无此科目）',
      cards: c.n,
      cardsFen: c.fen,
      booksFen,
      differenceFen: c.fen - booksFen,
    }
  })
  return { period, rows, matches: rows.every((r) => r.differenceFen === 0) }
}
