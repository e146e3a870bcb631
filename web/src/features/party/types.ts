import type { paths } from '../../api/schema'

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never
export type Member = JsonOf<paths['/api/v1/party/members/{id}/departure']['post']['responses'][200]>
export type MemberPage = JsonOf<paths['/api/v1/party/members']['get']['responses'][200]>
export type Post = JsonOf<paths['/api/v1/party/posts']['post']['responses'][201]>
export type Task = JsonOf<paths['/api/v1/party/tasks']['post']['responses'][201]>
export type ServiceRecord = JsonOf<paths['/api/v1/party/records']['post']['responses'][201]>
export type Meeting = JsonOf<paths['/api/v1/party/meetings']['post']['responses'][201]>
export type MemberRecord = JsonOf<paths['/api/v1/party/members/{id}/record']['get']['responses'][200]>
export type PartyFigures = JsonOf<paths['/api/v1/party/figures']['get']['responses'][200]>
export type PartyFigureRow = JsonOf<
  paths['/api/v1/party/figures/records']['get']['responses'][200]
>['items'][number]
export type RegisterBody = NonNullable<
  paths['/api/v1/party/members']['post']['requestBody']
>['content']['application/json']
export type RecordBody = NonNullable<
  paths['/api/v1/party/records']['post']['requestBody']
>['content']['application/json']
export type TaskBody = NonNullable<
  paths['/api/v1/party/tasks']['post']['requestBody']
>['content']['application/json']
export type PostBody = NonNullable<
  paths['/api/v1/party/posts']['post']['requestBody']
>['content']['application/json']
export type MeetingBody = NonNullable<
  paths['/api/v1/party/meetings']['post']['requestBody']
>['content']['application/json']
export type PartyCount = 'members' | 'records' | 'hours' | 'attendances'

/** 150 minutes → 2.5 */
export function hoursOf(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100
}
