// Response and request types of the village books API, derived from the generated paths so they
// follow the OpenAPI document.
import type { paths } from '../../api/schema'

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never
type Ok<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } } ? JsonOf<R> : never
type BodyOf<P extends keyof paths> = paths[P] extends {
  post: { requestBody?: { content: { 'application/json': infer B } } }
}
  ? B
  : never

type Base = '/api/v1/villages/{villageId}/books'

export type Book = Ok<Base>
export type BookPeriod = Book['periods'][number]
export type Account = Ok<`${Base}/accounts`>['items'][number]
export type AccountBody = BodyOf<`${Base}/accounts`>
export type Voucher = Ok<`${Base}/vouchers/{id}`>
export type VoucherLine = Voucher['lines'][number]
export type VoucherBody = BodyOf<`${Base}/vouchers`>
export type VoucherState = Voucher['state']
export type TrialBalance = Ok<`${Base}/trial-balance`>
export type Statement = Ok<`${Base}/statements/{report}`>
export type Report = Statement['report']
export type Opening = Ok<`${Base}/opening`>
export type OpeningLine = Opening['lines'][number]
export type LegacyMappingItem = Ok<`${Base}/opening/mapping`>['items'][number]
type PutBodyOf<P extends keyof paths> = paths[P] extends {
  put: { requestBody?: { content: { 'application/json': infer B } } }
}
  ? B
  : never
export type OpeningLineBody = PutBodyOf<`${Base}/opening/lines`>
export type LegacyImportResult = paths[`${Base}/opening/import`] extends {
  post: { responses: { 200: infer R } }
}
  ? JsonOf<R>
  : never
export type LegacyImportMode = LegacyImportResult['mode']
export type Ledger = Ok<`${Base}/ledger`>
export type LedgerEntry = Ledger['entries'][number]
export type LedgerQuery = { accountCode: string; from: string; to: string; householdId?: string }
