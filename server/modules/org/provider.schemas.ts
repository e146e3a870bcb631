import { Type, type Static } from '@sinclair/typebox'
import { Id, Str, StrictObject } from '../../platform/http/schemas.js'

/** Providers outside the community that the network can summon, with their Chinese names. */
export const providerKinds = {
  property_company: { zh: '物业公司' },
  police_station: { zh: '派出所' },
  market_supervision: { zh: '市场监管所' },
  water_utility: { zh: '供水公司' },
  power_utility: { zh: '供电公司' },
  gas_utility: { zh: '燃气公司' },
  other: { zh: '其他单位' },
} as const
export type ProviderKind = keyof typeof providerKinds
export const providerKindCodes = Object.keys(providerKinds) as ProviderKind[]

export function isProviderKind(value: string): value is ProviderKind {
  return Object.hasOwn(providerKinds, value)
}

export const ProviderKindSchema = Type.Union(providerKindCodes.map((k) => Type.Literal(k)))

export const ProviderView = Type.Object(
  {
    id: Id,
    kind: ProviderKindSchema,
    /** 物业公司, 派出所 … */
    kindName: Type.String(),
    name: Type.String(),
    /** The node whose area the provider serves (a street, park, community or grid). */
    areaNodeId: Id,
    areaName: Type.String(),
    contactName: Type.Union([Type.String(), Type.Null()]),
    /** Masked (138****5678) unless the list was asked unmasked by a role that may unmask. */
    phone: Type.Union([Type.String(), Type.Null()]),
    unmasked: Type.Boolean(),
    version: Type.Integer(),
  },
  { title: 'Provider' },
)
export type ProviderView = Static<typeof ProviderView>

export const CreateProviderBody = StrictObject({
  areaNodeId: Id,
  kind: ProviderKindSchema,
  name: Str(80, { minLength: 1, pattern: '\\S' }),
  contactName: Type.Optional(Type.Union([Str(30), Type.Null()])),
  /** Mobile or landline; stored sealed, shown masked. */
  phone: Type.Optional(Type.Union([Str(20), Type.Null()])),
})
export type CreateProviderBody = Static<typeof CreateProviderBody>

export const ProviderListQuery = StrictObject({
  /** Show phones in full (needs person.unmask there; audited). */
  unmask: Type.Optional(Type.Boolean()),
})

export const ProviderList = Type.Object({ items: Type.Array(ProviderView), truncated: Type.Boolean() })
export type ProviderList = Static<typeof ProviderList>
