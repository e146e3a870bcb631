// Response and request types of the collective economic organisation's API, derived from the
// generated paths so they follow the OpenAPI document.
import type { paths } from '../../api/schema'

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never
type Ok<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } } ? JsonOf<R> : never
type BodyOf<P extends keyof paths> = paths[P] extends {
  post: { requestBody?: { content: { 'application/json': infer B } } }
}
  ? B
  : never

type Base = '/api/v1/villages/{villageId}/collective'

export type Decision = Ok<`${Base}/decisions`>['items'][number]
export type DecisionBody = BodyOf<`${Base}/decisions`>
export type DecisionKind = Decision['kind']
export type Member = Ok<`${Base}/members`>['items'][number]
export type MemberBody = BodyOf<`${Base}/members`>
export type MemberBasis = Member['basis']
export type EndMemberBody = BodyOf<`${Base}/members/{id}/end`>
export type MemberStatus = 'active' | 'ended' | 'all'
export type Shares = Ok<`${Base}/shares`>
export type PlanBody = BodyOf<`${Base}/shares/plan`>
export type ShareEventBody = BodyOf<`${Base}/shares/events`>
export type ShareEventKind = ShareEventBody['kind']
export type Distribution = Ok<`${Base}/distributions`>['items'][number]
export type DistributionBody = BodyOf<`${Base}/distributions`>

export const decisionKinds: DecisionKind[] = [
  'membership',
  'share_plan',
  'distribution',
  'disposal',
  'contract',
  'other',
]
export const memberBases: MemberBasis[] = ['original', 'birth', 'marriage', 'adoption', 'policy', 'other']
export const shareEventKinds: ShareEventKind[] = ['grant', 'transfer', 'inheritance', 'buyback']
