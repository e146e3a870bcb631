// A village's books (三保留 — 财务独立核算): opening them, the chart, vouchers from draft to posted,
// red-letter reversal, the trial balance and closing a period. Every route names its village; a
// grant on that village (its accountant) writes, auditors of its area read.
import { Type } from '@sinclair/typebox'
import type { AppContext } from '../../platform/context.js'
import { actorOf } from '../../platform/http/auth.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { commonErrors } from '../../platform/http/schemas.js'
import {
  AccountBody,
  AccountList,
  AccountView,
  BookView,
  OpenBooksBody,
  PeriodParams,
  LedgerQuery,
  LedgerView,
  StatementParams,
  StatementQuery,
  StatementView,
  ReverseBody,
  TrialBalanceQuery,
  TrialBalanceView,
  VillageParams,
  VoucherBody,
  VoucherList,
  VoucherListQuery,
  VoucherParams,
  VoucherStepBody,
  VoucherUpdateBody,
  VoucherView,
} from './books.schemas.js'
import {
  addAccount,
  closePeriod,
  createVoucher,
  discardVoucher,
  getBook,
  getTrialBalance,
  getVoucher,
  listAccounts,
  listVouchers,
  openBooks,
  postVoucher,
  reverseVoucher,
  reviewVoucher,
  updateVoucher,
} from './books.service.js'
import { carryForward, getStatement } from './statements.service.js'
import { getLedger, ledgerWorkbook, statementWorkbook, trialBalanceWorkbook } from './ledger.service.js'
import { attachment, XLSX_MIME } from '../../platform/http/replies.js'
import { findCjkFont } from '../../platform/cjk-font.js'
import { statementPdf } from './statements.pdf.js'

const tags = ['books']
const base = '/villages/:villageId/books'

export function booksRoutes(ctx: AppContext) {
  return defineRoutes((app) => {
    app.post(
      base,
      {
        schema: {
          tags,
          summary: 'Open a village’s books under the 2023 system (the standard chart is copied in)',
          params: VillageParams,
          body: OpenBooksBody,
          response: { 201: BookView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await openBooks({
            db: ctx.db,
            actor: actorOf(request),
            villageId: request.params.villageId,
            startPeriod: request.body.startPeriod,
            now: ctx.clock(),
          }),
        ),
    )
    app.get(
      base,
      {
        schema: {
          tags,
          summary: 'A village’s books: the standard, the periods (open or closed) and their vouchers',
          params: VillageParams,
          response: { 200: BookView, ...commonErrors },
        },
      },
      async (request) =>
        getBook({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          now: ctx.clock(),
        }),
    )
    app.get(
      `${base}/accounts`,
      {
        schema: {
          tags,
          summary: 'The village’s chart: the standard accounts and its own sub-accounts',
          params: VillageParams,
          response: { 200: AccountList, ...commonErrors },
        },
      },
      async (request) =>
        listAccounts({ db: ctx.db, actor: actorOf(request), villageId: request.params.villageId }),
    )
    app.post(
      `${base}/accounts`,
      {
        schema: {
          tags,
          summary: 'Add a sub-account (明细科目), optionally kept per household (往来按户)',
          params: VillageParams,
          body: AccountBody,
          response: { 201: AccountView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await addAccount({
            db: ctx.db,
            actor: actorOf(request),
            villageId: request.params.villageId,
            input: request.body,
            now: ctx.clock(),
          }),
        ),
    )
    app.get(
      `${base}/vouchers`,
      {
        schema: {
          tags,
          summary: 'Vouchers of a period (or all), posted ones in number order',
          params: VillageParams,
          querystring: VoucherListQuery,
          response: { 200: VoucherList, ...commonErrors },
        },
      },
      async (request) =>
        listVouchers({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          ...request.query,
        }),
    )
    app.post(
      `${base}/vouchers`,
      {
        schema: {
          tags,
          summary:
            '制单: a draft voucher — at least two lines, one side each, debits equal to credits to the fen',
          params: VillageParams,
          body: VoucherBody,
          response: { 201: VoucherView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await createVoucher({
            db: ctx.db,
            actor: actorOf(request),
            villageId: request.params.villageId,
            input: request.body,
            now: ctx.clock(),
          }),
        ),
    )
    app.get(
      `${base}/vouchers/:id`,
      {
        schema: {
          tags,
          summary: 'One voucher',
          params: VoucherParams,
          response: { 200: VoucherView, ...commonErrors },
        },
      },
      async (request) =>
        getVoucher({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          voucherId: request.params.id,
        }),
    )
    app.put(
      `${base}/vouchers/:id`,
      {
        schema: {
          tags,
          summary:
            'Correct a voucher not yet posted (a reviewed one goes back to draft); posted ones are only reversed',
          params: VoucherParams,
          body: VoucherUpdateBody,
          response: { 200: VoucherView, ...commonErrors },
        },
      },
      async (request) =>
        updateVoucher({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          voucherId: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.post(
      `${base}/vouchers/:id/discard`,
      {
        schema: {
          tags,
          summary: 'Discard a voucher not yet posted',
          params: VoucherParams,
          body: VoucherStepBody,
          response: { 204: Type.Null(), ...commonErrors },
        },
      },
      async (request, reply) => {
        await discardVoucher({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          voucherId: request.params.id,
          version: request.body.version,
          now: ctx.clock(),
        })
        return reply.status(204).send(null)
      },
    )
    app.post(
      `${base}/vouchers/:id/review`,
      {
        schema: {
          tags,
          summary: '审核: someone other than the maker reviews a draft',
          params: VoucherParams,
          body: VoucherStepBody,
          response: { 200: VoucherView, ...commonErrors },
        },
      },
      async (request) =>
        reviewVoucher({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          voucherId: request.params.id,
          version: request.body.version,
          now: ctx.clock(),
        }),
    )
    app.post(
      `${base}/vouchers/:id/post`,
      {
        schema: {
          tags,
          summary: '记账: post a reviewed voucher; it is numbered (记-001 …) without gaps in its period',
          params: VoucherParams,
          body: VoucherStepBody,
          response: { 200: VoucherView, ...commonErrors },
        },
      },
      async (request) =>
        postVoucher({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          voucherId: request.params.id,
          version: request.body.version,
          now: ctx.clock(),
        }),
    )
    app.post(
      `${base}/vouchers/:id/reversal`,
      {
        schema: {
          tags,
          summary: '红字冲销: a draft voucher that cancels a posted one (same lines, amounts negated)',
          params: VoucherParams,
          body: ReverseBody,
          response: { 201: VoucherView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await reverseVoucher({
            db: ctx.db,
            actor: actorOf(request),
            villageId: request.params.villageId,
            voucherId: request.params.id,
            input: request.body,
            now: ctx.clock(),
          }),
        ),
    )
    app.get(
      `${base}/trial-balance`,
      {
        schema: {
          tags,
          summary:
            '科目余额表: opening balance, debits, credits and closing balance of every account for a period',
          params: VillageParams,
          querystring: TrialBalanceQuery,
          response: { 200: TrialBalanceView, ...commonErrors },
        },
      },
      async (request) =>
        getTrialBalance({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          period: request.query.period,
        }),
    )
    app.get(
      `${base}/statements/:report`,
      {
        schema: {
          tags,
          summary:
            'A statement from its stored layout: 资产负债表 (年初数, 期末数) or 收益及收益分配表 (本年累计数) at a period’s end',
          params: StatementParams,
          querystring: StatementQuery,
          response: { 200: StatementView, ...commonErrors },
        },
      },
      async (request) =>
        getStatement({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          report: request.params.report,
          period: request.query.period,
        }),
    )
    app.get(
      `${base}/ledger`,
      {
        schema: {
          tags,
          summary:
            '明细账 of an account (sub-accounts included): opening balance, each posted line with the running balance, 本月合计 and 本年累计; for 101/102 the cash and bank journals',
          params: VillageParams,
          querystring: LedgerQuery,
          response: { 200: LedgerView, ...commonErrors },
        },
      },
      async (request) =>
        getLedger({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          query: request.query,
        }),
    )
    app.get(
      `${base}/ledger.xlsx`,
      {
        schema: {
          tags,
          summary: 'The ledger of an account as a workbook (audited)',
          params: VillageParams,
          querystring: LedgerQuery,
        },
      },
      async (request, reply) => {
        const file = await ledgerWorkbook({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          query: request.query,
          now: ctx.clock(),
        })
        return attachment(reply, file.fileName, XLSX_MIME).send(file.content)
      },
    )
    app.get(
      `${base}/trial-balance.xlsx`,
      {
        schema: {
          tags,
          summary: '科目余额表 as a workbook (audited)',
          params: VillageParams,
          querystring: TrialBalanceQuery,
        },
      },
      async (request, reply) => {
        const file = await trialBalanceWorkbook({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          period: request.query.period,
          now: ctx.clock(),
        })
        return attachment(reply, file.fileName, XLSX_MIME).send(file.content)
      },
    )
    app.get(
      `${base}/statements/:report/export.xlsx`,
      {
        schema: {
          tags,
          summary: 'A statement as a workbook (audited)',
          params: StatementParams,
          querystring: StatementQuery,
        },
      },
      async (request, reply) => {
        const file = await statementWorkbook({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          report: request.params.report,
          period: request.query.period,
          now: ctx.clock(),
        })
        return attachment(reply, file.fileName, XLSX_MIME).send(file.content)
      },
    )
    app.get(
      `${base}/statements/:report/export.pdf`,
      {
        schema: {
          tags,
          summary:
            'A statement as a print-ready A4 PDF in Chinese (audited); 503 when no Chinese font is installed',
          params: StatementParams,
          querystring: StatementQuery,
        },
      },
      async (request, reply) => {
        const file = await statementPdf({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          report: request.params.report,
          period: request.query.period,
          font: findCjkFont(),
          now: ctx.clock(),
        })
        return attachment(reply, file.fileName, 'application/pdf').send(file.content)
      },
    )
    app.post(
      `${base}/periods/:period/carry-forward`,
      {
        schema: {
          tags,
          summary:
            '结转: draft the voucher moving income and expenses to 本年收益 (in December also to 未分配收益, with the year’s distributions)',
          params: PeriodParams,
          response: { 201: VoucherView, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await carryForward({
            db: ctx.db,
            actor: actorOf(request),
            villageId: request.params.villageId,
            period: request.params.period,
            now: ctx.clock(),
          }),
        ),
    )
    app.post(
      `${base}/periods/:period/close`,
      {
        schema: {
          tags,
          summary:
            '结账: close a period — everything posted, the period before closed, the trial balance holding',
          params: PeriodParams,
          response: { 200: BookView, ...commonErrors },
        },
      },
      async (request) =>
        closePeriod({
          db: ctx.db,
          actor: actorOf(request),
          villageId: request.params.villageId,
          period: request.params.period,
          now: ctx.clock(),
        }),
    )
  })
}
