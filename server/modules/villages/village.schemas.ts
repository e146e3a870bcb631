import { Type, type Static } from '@sinclair/typebox'
import { EpochMs, Id, Str, StrictObject } from '../../platform/http/schemas.js'

export const VillageView = Type.Object(
  {
    id: Id,
    code: Type.String(),
    name: Type.String(),
    /** The village's collective economic organisation (村股份经济合作社), which keeps its own books. */
    collectiveName: Type.Union([Type.String(), Type.Null()]),
    /** The street office or park whose area the village belongs to. */
    areaNodeId: Id,
    areaName: Type.String(),
    /** The communities that host its people. */
    communities: Type.Array(Type.Object({ id: Id, name: Type.String() })),
    version: Type.Integer(),
  },
  { title: 'Village' },
)
export type VillageView = Static<typeof VillageView>

export const CommunityVillageView = Type.Object(
  {
    id: Id,
    code: Type.String(),
    name: Type.String(),
    collectiveName: Type.Union([Type.String(), Type.Null()]),
    /** Active residents of this community whose origin is this village. */
    memberCount: Type.Integer(),
    partyMemberCount: Type.Integer(),
    linkedAt: EpochMs,
  },
  { title: 'CommunityVillage' },
)
export type CommunityVillageView = Static<typeof CommunityVillageView>

export const CommunityVillages = Type.Object({ items: Type.Array(CommunityVillageView) })
export type CommunityVillages = Static<typeof CommunityVillages>

export const CreateVillageBody = StrictObject({
  /** The street office or park the village belongs to. */
  areaNodeId: Id,
  code: Str(32, { minLength: 1, pattern: '^[0-9A-Za-z-]+$' }),
  name: Str(60, { minLength: 1, pattern: '\\S' }),
  collectiveName: Type.Optional(Type.Union([Str(100), Type.Null()])),
})
export type CreateVillageBody = Static<typeof CreateVillageBody>

export const VillageParams = StrictObject({ id: Id })
export const CommunityParams = StrictObject({ id: Id })
export const LinkParams = StrictObject({ id: Id, villageId: Id })
export const LinkVillageBody = StrictObject({ villageId: Id })
