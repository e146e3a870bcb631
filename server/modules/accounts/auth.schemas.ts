import { Type, type Static } from '@sinclair/typebox'
import { Id, LocaleSchema, Str, StrictObject, Version } from '../../platform/http/schemas.js'
import { permissions, roles } from '../../platform/access.js'

export const LoginBody = StrictObject({
  username: Str(64, { minLength: 1 }),
  password: Str(256, { minLength: 1 }),
})
export type LoginBody = Static<typeof LoginBody>

export const GrantView = Type.Object({
  id: Id,
  role: Type.Union(roles.map((r) => Type.Literal(r))),
  scopeKind: Type.Union([Type.Literal('org'), Type.Literal('village')]),
  scopeId: Id,
  scopeName: Type.String(),
})

export const Me = Type.Object(
  {
    id: Id,
    username: Type.String(),
    displayName: Type.String(),
    locale: LocaleSchema,
    version: Type.Integer(),
    grants: Type.Array(GrantView),
    permissions: Type.Array(Type.Union(permissions.map((p) => Type.Literal(p)))),
  },
  { title: 'Me' },
)
export type Me = Static<typeof Me>

export const SessionView = Type.Object({ user: Me, csrfToken: Type.String() }, { title: 'Session' })
export type SessionView = { user: Me; csrfToken: string }

export const UpdateMeBody = StrictObject({
  version: Version,
  displayName: Type.Optional(Str(40, { minLength: 1 })),
  locale: Type.Optional(LocaleSchema),
})
export type UpdateMeBody = Static<typeof UpdateMeBody>

export const ChangePasswordBody = StrictObject({
  currentPassword: Str(256, { minLength: 1 }),
  newPassword: Str(256, { minLength: 1 }),
})
export type ChangePasswordBody = Static<typeof ChangePasswordBody>
