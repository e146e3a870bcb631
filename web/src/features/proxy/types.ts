// Response and request types of the 红代办 API, derived from the generated paths so they follow the
// OpenAPI document.
import type { paths } from '../../api/schema'

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never
type Ok<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } } ? JsonOf<R> : never
type BodyOf<P extends keyof paths> = paths[P] extends {
  post: { requestBody?: { content: { 'application/json': infer B } } }
}
  ? B
  : never

export type ProxyView = Ok<'/api/v1/proxy/{id}'>
export type Resident = NonNullable<ProxyView['resident']>
export type Money = ProxyView['money']
export type MoneyEntry = Money['entries'][number]
export type MoneyDirection = MoneyEntry['direction']
export type MoneyEntryBody = BodyOf<'/api/v1/proxy/{id}/money'>
export type ReversalBody = BodyOf<'/api/v1/proxy/{id}/money/{entryId}/reversal'>
export type ProxySummary = Ok<'/api/v1/proxy'>['items'][number]
export type ProxyListQuery = NonNullable<paths['/api/v1/proxy']['get']['parameters']['query']>
export type ProxyListView = NonNullable<ProxyListQuery['view']>
export type ProxyCategory = Ok<'/api/v1/proxy-categories'>['items'][number]
export type ProxyFileBody = BodyOf<'/api/v1/proxy'>
export type ProxyChannel = NonNullable<ProxyFileBody['channel']>
export type ProxyFigures = Ok<'/api/v1/proxy/figures'>
export type ProxyRecordsQuery = NonNullable<
  paths['/api/v1/proxy/figures/records']['get']['parameters']['query']
>
export type ProxyCount = ProxyRecordsQuery['count']
export type PublicProxy = Ok<'/api/v1/public/proxy/{token}'>
export type PublicDecisionBody = BodyOf<'/api/v1/public/proxy/{token}/decision'>
export type PublicSatisfaction = NonNullable<PublicDecisionBody['satisfaction']>
