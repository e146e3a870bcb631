// Response and request types of the disclosure API, derived from the generated paths.
import type { paths } from '../../api/schema'

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never
type Ok<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } } ? JsonOf<R> : never
type BodyOf<P extends keyof paths> = paths[P] extends {
  post: { requestBody?: { content: { 'application/json': infer B } } }
}
  ? B
  : never

type Base = '/api/v1/villages/{villageId}/disclosures'

export type DisclosureList = Ok<Base>
export type DisclosureSummary = DisclosureList['items'][number]
export type Disclosure = Ok<`${Base}/{id}`>
export type DisclosureContent = Disclosure['content']
export type DisclosurePreview = Ok<`${Base}/preview`>
export type PublishBody = BodyOf<Base>
export type PeriodKind = PublishBody['kind']
export type Membership = Ok<'/api/v1/me/memberships'>['items'][number]
