// The village's land, assets and contracts (三保留 — 集体资产).
import type { AppContext } from '../../platform/context.js'
import { actorOf } from '../../platform/http/auth.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { commonErrors } from '../../platform/http/schemas.js'
import { changeAssetStatus, createAsset, getAsset, listAssets, reconcileAssets } from './assets.service.js'
import {
  createContract,
  getContract,
  listContracts,
  recordReceipt,
  releaseContractYear,
  signContract,
  updateSchedule,
} from './contracts.service.js'
import {
  AssetBody,
  AssetList,
  AssetStatusBody,
  AssetView,
  ContractBody,
  ContractList,
  ContractListQuery,
  ContractView,
  EstateItemParams,
  EstateParams,
  ParcelBody,
  ParcelList,
  ParcelStatusBody,
  ParcelView,
  ReceiptBody,
  ReconciliationQuery,
  ReconciliationView,
  ReleaseBody,
  ReleaseResult,
  ScheduleBody,
  SignBody,
} from './estate.schemas.js'
import { changeParcelStatus, createParcel, getParcel, listParcels } from './land.service.js'

const tags = ['estate']
const base = '/villages/:villageId/estate'

export function estateRoutes(ctx: AppContext) {
  return defineRoutes((app) => {
    // --- Land ---
    app.get(
      `${base}/parcels`,
      {
        schema: {
          tags,
          summary: 'The village’s land parcels, with the area by use and status',
          params: EstateParams,
          response: { 200: ParcelList, ...commonErrors },
        },
      },
      async (request) =>
        listParcels({ db: ctx.db, actor: actorOf(request), villageId: request.params.villageId }),
    )
    app.post(
      `${base}/parcels`,
      {
        schema: {
          tags,
          summary: 'Register a land parcel (未发包); its number is unique in the village',
          params: EstateParams,
          body: ParcelBody,
          response: { 201: ParcelView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await createParcel({
            db: ctx.db,
            actor: actorOf(request),
            villageId: request.params.villageId,
            input: request.body,
            now: ctx.clock(),
          }),
        ),
    )
    app.get(
      `${base}/parcels/:id`,
      {
        schema: {
          tags,
          summary: 'A land parcel with its status history',
          params: EstateItemParams,
          response: { 200: ParcelView, ...commonErrors },
        },
      },
      async (request) =>
        getParcel({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          parcelId: request.params.id,
        }),
    )
    app.post(
      `${base}/parcels/:id/status`,
      {
        schema: {
          tags,
          summary:
            'Change a parcel’s status (承包, 出租, 征收 …), with a history row; expropriation is final and its split must add up',
          params: EstateItemParams,
          body: ParcelStatusBody,
          response: { 200: ParcelView, ...commonErrors },
        },
      },
      async (request) =>
        changeParcelStatus({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          parcelId: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    // --- Assets ---
    app.get(
      `${base}/assets`,
      {
        schema: {
          tags,
          summary: 'The village’s asset cards (资产卡片), disposed ones included',
          params: EstateParams,
          response: { 200: AssetList, ...commonErrors },
        },
      },
      async (request) =>
        listAssets({ db: ctx.db, actor: actorOf(request), villageId: request.params.villageId }),
    )
    app.post(
      `${base}/assets`,
      {
        schema: {
          tags,
          summary: 'Register an asset card under an account of the books (151…, 153, 161)',
          params: EstateParams,
          body: AssetBody,
          response: { 201: AssetView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await createAsset({
            db: ctx.db,
            actor: actorOf(request),
            villageId: request.params.villageId,
            input: request.body,
            now: ctx.clock(),
          }),
        ),
    )
    app.get(
      `${base}/assets/reconciliation`,
      {
        schema: {
          tags,
          summary:
            'Cards against the books: per account, the original value of the cards held against the account’s balance at the period’s end',
          params: EstateParams,
          querystring: ReconciliationQuery,
          response: { 200: ReconciliationView, ...commonErrors },
        },
      },
      async (request) =>
        reconcileAssets({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          period: request.query.period,
        }),
    )
    app.get(
      `${base}/assets/:id`,
      {
        schema: {
          tags,
          summary: 'An asset card with its status history',
          params: EstateItemParams,
          response: { 200: AssetView, ...commonErrors },
        },
      },
      async (request) =>
        getAsset({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          cardId: request.params.id,
        }),
    )
    app.post(
      `${base}/assets/:id/status`,
      {
        schema: {
          tags,
          summary: 'Change a card’s status (在用, 出租, 闲置, 报废/处置 — final) with a reason',
          params: EstateItemParams,
          body: AssetStatusBody,
          response: { 200: AssetView, ...commonErrors },
        },
      },
      async (request) =>
        changeAssetStatus({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          cardId: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    // --- Contracts ---
    app.get(
      `${base}/contracts`,
      {
        schema: {
          tags,
          summary:
            'The contracts register, with 临期 (ending within 90 days) and 逾期 (instalments overdue) computed now',
          params: EstateParams,
          querystring: ContractListQuery,
          response: { 200: ContractList, ...commonErrors },
        },
      },
      async (request) =>
        listContracts({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          ...(request.query.flag ? { flag: request.query.flag } : {}),
          now: ctx.clock(),
        }),
    )
    app.post(
      `${base}/contracts`,
      {
        schema: {
          tags,
          summary:
            'Draft a contract over cards and parcels, with a rent schedule generated from the annual rent (or given) that adds up to the total',
          params: EstateParams,
          body: ContractBody,
          response: { 201: ContractView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await createContract({
            db: ctx.db,
            actor: actorOf(request),
            villageId: request.params.villageId,
            input: request.body,
            now: ctx.clock(),
          }),
        ),
    )
    app.get(
      `${base}/contracts/:id`,
      {
        schema: {
          tags,
          summary: 'A contract with its schedule, receipts and yearly releases',
          params: EstateItemParams,
          response: { 200: ContractView, ...commonErrors },
        },
      },
      async (request) =>
        getContract({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          contractId: request.params.id,
          now: ctx.clock(),
        }),
    )
    app.put(
      `${base}/contracts/:id/schedule`,
      {
        schema: {
          tags,
          summary: 'Correct a draft contract’s rent schedule in full; it must add up to the total',
          params: EstateItemParams,
          body: ScheduleBody,
          response: { 200: ContractView, ...commonErrors },
        },
      },
      async (request) =>
        updateSchedule({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          contractId: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.post(
      `${base}/contracts/:id/sign`,
      {
        schema: {
          tags,
          summary: 'Sign a draft contract; the cards and parcels it covers are let (出租) under it',
          params: EstateItemParams,
          body: SignBody,
          response: { 200: ContractView, ...commonErrors },
        },
      },
      async (request) =>
        signContract({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          contractId: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.post(
      `${base}/contracts/:id/receipts`,
      {
        schema: {
          tags,
          summary:
            'Record a receipt against the open instalments; drafts a voucher (Dr 102/101, Cr 501 this year, Cr 211xx 预收租金 later years)',
          params: EstateItemParams,
          body: ReceiptBody,
          response: { 201: ContractView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await recordReceipt({
            db: ctx.db,
            actor: actorOf(request),
            villageId: request.params.villageId,
            contractId: request.params.id,
            input: request.body,
            now: ctx.clock(),
          }),
        ),
    )
    app.post(
      `${base}/contracts/:id/release`,
      {
        schema: {
          tags,
          summary:
            'Release a year’s share of rent received in advance into income (a draft voucher Dr 211xx Cr 501), once per contract and year',
          params: EstateItemParams,
          body: ReleaseBody,
          response: { 200: ReleaseResult, ...commonErrors },
        },
      },
      async (request) =>
        releaseContractYear({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          contractId: request.params.id,
          year: request.body.year,
          now: ctx.clock(),
        }),
    )
  })
}
