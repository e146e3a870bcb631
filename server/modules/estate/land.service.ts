// 三保留 — the collective's land: parcels numbered per village, with area in hundredths of a mu,
// their use and status. Every status change writes an append-only history row; an expropriated
// parcel is final, its compensation split — to the fen — between what reached the members and
// what the collective kept. Read under collective.read on the village; written under
// collective.manage.
import type { Db, Executor, LandParcelTable } from '../../db/index.js'
import { toNumber } from '../../db/index.js'
import { can, type Actor } from '../../platform/access.js'
import { recordAudit } from '../../platform/audit.js'
import { AppError, notFoundOrNoAccess } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { localDate } from '../../platform/time.js'
import { villageBooks } from '../books/index.js'
import {
  formatMu,
  landStatusNamesZh,
  landUseNamesZh,
  landUses,
  landStatuses,
  parseMu,
} from './estate.domain.js'
import type { ParcelBody, ParcelStatusBody } from './estate.schemas.js'

const PARCEL = 'land_parcel'

export function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', { fields: [{ path, rule: 'estate', message }] })
}

/** Read or write access to a village's estate; canWrite says whether the actor may change it. */
export async function villageEstate(
  db: Executor,
  actor: Actor,
  villageId: string,
  permission: 'collective.read' | 'collective.manage',
) {
  const { village } = await villageBooks(db, actor, villageId, permission)
  const canWrite = can(actor, 'collective.manage', {
    kind: 'village',
    villageId: village.id,
    areaPath: village.area_path,
  })
  return { village, canWrite }
}

async function holderLabel(db: Executor, p: LandParcelTable): Promise<string | null> {
  if (p.holder_member_id) {
    const m = await db
      .selectFrom('collective_members as m')
      .innerJoin('persons as pe', 'pe.id', 'm.person_id')
      .select('pe.name')
      .where('m.id', '=', p.holder_member_id)
      .executeTakeFirst()
    return m ? `${m.name}（集体经济组织成员）` : null
  }
  if (p.holder_household_id) {
    const h = await db
      .selectFrom('households as h')
      .leftJoin('persons as pe', 'pe.id', 'h.head_person_id')
      .select(['h.code', 'pe.name'])
      .where('h.id', '=', p.holder_household_id)
      .executeTakeFirst()
    return h ? `${h.name ?? ''}户（${h.code}）` : null
  }
  return null
}

async function parcelView(db: Executor, p: LandParcelTable, withHistory: boolean) {
  const contract = p.contract_id
    ? await db
        .selectFrom('estate_contracts')
        .select(['id', 'number'])
        .where('id', '=', p.contract_id)
        .executeTakeFirst()
    : undefined
  const history = withHistory
    ? await db
        .selectFrom('land_parcel_history')
        .selectAll()
        .where('parcel_id', '=', p.id)
        .orderBy('at')
        .orderBy('id')
        .execute()
    : []
  return {
    id: p.id,
    number: p.number,
    name: p.name,
    place: p.place,
    areaMu: formatMu(toNumber(p.area_cmu)),
    use: p.land_use,
    useZh: landUseNamesZh[p.land_use],
    status: p.status,
    statusZh: landStatusNamesZh[p.status],
    holder: await holderLabel(db, p),
    contract: contract ? { id: contract.id, number: contract.number } : null,
    expropriation:
      p.status === 'expropriated'
        ? {
            on: p.expropriated_on ?? '',
            compensationFen: toNumber(p.compensation_fen),
            passedNote: p.passed_note ?? '',
            passedToMembersFen: toNumber(p.passed_to_members_fen),
            keptFen: toNumber(p.kept_fen),
          }
        : null,
    history: history.map((h) => ({
      from: h.from_status,
      fromZh: h.from_status ? landStatusNamesZh[h.from_status] : null,
      to: h.to_status,
      toZh: landStatusNamesZh[h.to_status],
      changedOn: h.changed_on,
      reason: h.reason,
      decisionRef: h.decision_ref,
      by: h.by_label,
      at: toNumber(h.at),
    })),
    version: p.version,
  }
}

/** Area and number of parcels by use and status (an aggregate query). */
export async function landTotals(db: Executor, villageId: string) {
  const rows = await db
    .selectFrom('land_parcels')
    .select([
      'land_use',
      'status',
      (eb) => eb.fn.countAll<string | number>().as('n'),
      (eb) => eb.fn.sum<string | number>('area_cmu').as('cmu'),
    ])
    .where('village_id', '=', villageId)
    .groupBy(['land_use', 'status'])
    .execute()
  const order = (use: string, status: string) =>
    landUses.indexOf(use as (typeof landUses)[number]) * 10 +
    landStatuses.indexOf(status as (typeof landStatuses)[number])
  return rows
    .map((r) => ({
      use: r.land_use,
      useZh: landUseNamesZh[r.land_use],
      status: r.status,
      statusZh: landStatusNamesZh[r.status],
      parcels: toNumber(r.n),
      cmu: toNumber(r.cmu),
    }))
    .sort((a, b) => order(a.use, a.status) - order(b.use, b.status))
}

export async function listParcels({ db, actor, villageId }: { db: Db; actor: Actor; villageId: string }) {
  const { canWrite } = await villageEstate(db, actor, villageId, 'collective.read')
  const rows = await db
    .selectFrom('land_parcels')
    .selectAll()
    .where('village_id', '=', villageId)
    .orderBy('number')
    .execute()
  const items = []
  for (const r of rows) items.push(await parcelView(db, r, false))
  const totals = await landTotals(db, villageId)
  return {
    items,
    totals: totals.map(({ cmu, ...t }) => ({ ...t, areaMu: formatMu(cmu) })),
    totalAreaMu: formatMu(totals.reduce((s, t) => s + t.cmu, 0)),
    canWrite,
  }
}

async function parcelRow(db: Executor, villageId: string, id: string) {
  const p = await db
    .selectFrom('land_parcels')
    .selectAll()
    .where('id', '=', id)
    .where('village_id', '=', villageId)
    .executeTakeFirst()
  if (!p) throw notFoundOrNoAccess(PARCEL)
  return p
}

export async function getParcel({
  db,
  actor,
  villageId,
  parcelId,
}: {
  db: Db
  actor: Actor
  villageId: string
  parcelId: string
}) {
  await villageEstate(db, actor, villageId, 'collective.read')
  return parcelView(db, await parcelRow(db, villageId, parcelId), true)
}

export async function createParcel({
  db,
  actor,
  villageId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  input: ParcelBody
  now: number
}) {
  return db.transaction().execute(async (trx) => {
    await villageEstate(trx, actor, villageId, 'collective.manage')
    const cmu = parseMu(input.areaMu)
    if (cmu === null || cmu <= 0) throw invalid('/areaMu', '面积应为大于零的亩数，最多两位小数')
    const number = input.number.trim()
    const taken = await trx
      .selectFrom('land_parcels')
      .select('id')
      .where('village_id', '=', villageId)
      .where('number', '=', number)
      .executeTakeFirst()
    if (taken)
      throw new AppError('CONFLICT', { reason: 'parcel number taken', reasonZh: `地块编号 ${number} 已存在` })
    const row: LandParcelTable = {
      id: newId(),
      village_id: villageId,
      number,
      name: input.name.trim(),
      place: input.place.trim(),
      area_cmu: cmu,
      land_use: input.use,
      status: 'unlet',
      holder_member_id: null,
      holder_household_id: null,
      contract_id: null,
      expropriated_on: null,
      compensation_fen: null,
      passed_note: null,
      passed_to_members_fen: null,
      kept_fen: null,
      version: 1,
      created_at: now,
      updated_at: now,
    }
    await trx.insertInto('land_parcels').values(row).execute()
    await trx
      .insertInto('land_parcel_history')
      .values({
        id: newId(),
        parcel_id: row.id,
        village_id: villageId,
        from_status: null,
        to_status: 'unlet',
        changed_on: localDate(now),
        reason: '登记地块',
        decision_ref: null,
        by_user_id: actor.userId,
        by_label: actor.label,
        at: now,
      })
      .execute()
    await recordAudit(trx, {
      actor,
      action: 'estate.parcel.create',
      targetType: PARCEL,
      targetId: row.id,
      villageId,
      summary: { number, areaMu: input.areaMu, use: input.use },
      at: now,
    })
    return parcelView(trx, row, true)
  })
}

/** Writes a parcel's new status and its history row (in the caller's transaction). */
export async function moveParcel(
  trx: Executor,
  actor: Actor,
  p: LandParcelTable,
  change: Partial<LandParcelTable> & { status: LandParcelTable['status'] },
  history: { changedOn: string; reason: string; decisionRef: string | null },
  now: number,
) {
  await trx
    .updateTable('land_parcels')
    .set({ ...change, version: p.version + 1, updated_at: now })
    .where('id', '=', p.id)
    .execute()
  await trx
    .insertInto('land_parcel_history')
    .values({
      id: newId(),
      parcel_id: p.id,
      village_id: p.village_id,
      from_status: p.status,
      to_status: change.status,
      changed_on: history.changedOn,
      reason: history.reason,
      decision_ref: history.decisionRef,
      by_user_id: actor.userId,
      by_label: actor.label,
      at: now,
    })
    .execute()
}

/** A status change: 未发包, 承包 (to a member or household of the village), 出租 (under a contract), 征收 (final). */
export async function changeParcelStatus({
  db,
  actor,
  villageId,
  parcelId,
  input,
  now,
}: {
  db: Db
  actor: Actor
  villageId: string
  parcelId: string
  input: ParcelStatusBody
  now: number
}) {
  return db.transaction().execute(async (trx) => {
    await villageEstate(trx, actor, villageId, 'collective.manage')
    const p = await parcelRow(trx, villageId, parcelId)
    if (p.version !== input.version)
      throw new AppError('VERSION_CONFLICT', { entity: PARCEL, expectedVersion: input.version })
    if (p.status === 'expropriated')
      throw new AppError('CONFLICT', {
        reason: 'expropriated is final',
        reasonZh: `地块 ${p.number} 已被征收，不能再变更`,
      })
    if (p.status === input.to && input.to !== 'contracted')
      throw invalid('/to', `地块已是“${landStatusNamesZh[input.to]}”状态`)
    const cleared = {
      holder_member_id: null,
      holder_household_id: null,
      contract_id: null,
    }
    let change: Partial<LandParcelTable> & { status: LandParcelTable['status'] } = {
      status: input.to,
      ...cleared,
    }
    if (input.to === 'contracted') {
      if ((input.holderMemberId === undefined) === (input.holderHouseholdId === undefined))
        throw invalid('/holderMemberId', '承包须指定一位集体经济组织成员或一户本村农户')
      if (input.holderMemberId !== undefined) {
        const m = await trx
          .selectFrom('collective_members')
          .select(['id', 'status'])
          .where('id', '=', input.holderMemberId)
          .where('village_id', '=', villageId)
          .executeTakeFirst()
        if (m?.status !== 'active') throw invalid('/holderMemberId', '不是本集体经济组织的在册成员')
        change = { ...change, holder_member_id: m.id }
      } else {
        const h = await trx
          .selectFrom('households')
          .select(['id', 'origin_village_id'])
          .where('id', '=', input.holderHouseholdId ?? '')
          .executeTakeFirst()
        if (h?.origin_village_id !== villageId)
          throw invalid('/holderHouseholdId', '农户不存在或不是本村农户')
        change = { ...change, holder_household_id: h.id }
      }
    } else if (input.to === 'leased') {
      const c = await trx
        .selectFrom('estate_contracts')
        .select('id')
        .where('id', '=', input.contractId ?? '')
        .where('village_id', '=', villageId)
        .executeTakeFirst()
      if (!c) throw invalid('/contractId', '出租须关联本村的一份合同')
      change = { ...change, contract_id: c.id }
    } else if (input.to === 'expropriated') {
      const comp = input.compensationFen
      const members = input.passedToMembersFen
      const kept = input.keptFen
      if (comp === undefined) throw invalid('/compensationFen', '请填写收到的征收补偿款')
      if (!input.passedNote?.trim()) throw invalid('/passedNote', '请说明补偿款的分配方式')
      if (members === undefined) throw invalid('/passedToMembersFen', '请填写分配给成员的金额')
      if (kept === undefined) throw invalid('/keptFen', '请填写集体留存的金额')
      if (members + kept !== comp)
        throw new AppError('UNPROCESSABLE', {
          reason: 'split does not add up',
          reasonZh: '分配给成员与集体留存之和须等于补偿款总额',
          fields: [{ path: '/keptFen', rule: 'estate', message: '分配给成员与集体留存之和须等于补偿款总额' }],
        })
      change = {
        ...change,
        expropriated_on: input.changedOn,
        compensation_fen: comp,
        passed_note: input.passedNote.trim(),
        passed_to_members_fen: members,
        kept_fen: kept,
      }
    }
    await moveParcel(
      trx,
      actor,
      p,
      change,
      {
        changedOn: input.changedOn,
        reason: input.reason.trim(),
        decisionRef: input.decisionRef?.trim() || null,
      },
      now,
    )
    await recordAudit(trx, {
      actor,
      action: 'estate.parcel.status',
      targetType: PARCEL,
      targetId: p.id,
      villageId,
      summary: { from: p.status, to: input.to, compensationFen: input.compensationFen },
      at: now,
    })
    return parcelView(trx, await parcelRow(trx, villageId, p.id), true)
  })
}
