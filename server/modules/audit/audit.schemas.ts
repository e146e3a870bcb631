import { Type, type Static } from '@sinclair/typebox'
import { EpochMs, Id, PageOf, PageQuery, Str, StrictObject } from '../../platform/http/schemas.js'

export const AuditQuery = StrictObject({
  ...PageQuery,
  action: Type.Optional(Str(64)),
  targetType: Type.Optional(Str(64)),
  targetId: Type.Optional(Str(64)),
  actorId: Type.Optional(Id),
  from: Type.Optional(EpochMs),
  to: Type.Optional(EpochMs),
})
export type AuditQuery = Static<typeof AuditQuery>

export const AuditEntryView = Type.Object({
  id: Id,
  at: EpochMs,
  actorId: Type.Union([Id, Type.Null()]),
  actorLabel: Type.String(),
  ip: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  targetType: Type.String(),
  targetId: Type.Union([Type.String(), Type.Null()]),
  villageId: Type.Union([Id, Type.Null()]),
  summary: Type.Record(Type.String(), Type.Unknown()),
})
export type AuditEntryView = Static<typeof AuditEntryView>

export const AuditPage = PageOf(AuditEntryView)
