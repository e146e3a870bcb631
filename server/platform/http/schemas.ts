// Schema helpers. Every object a client sends is closed (unknown properties are refused, not
// dropped) and every string has a length limit; test/schema-rules.test.ts walks the route table
// and fails when a route breaks either rule.
import {
  Type,
  type TProperties,
  type TSchema,
  type ObjectOptions,
  type StringOptions,
} from '@sinclair/typebox'

/** An object that refuses properties it does not name. */
export function StrictObject<T extends TProperties>(properties: T, options: ObjectOptions = {}) {
  return Type.Object(properties, { ...options, additionalProperties: false })
}

/** A string with a required upper bound on its length. */
export function Str(maxLength: number, options: Omit<StringOptions, 'maxLength'> = {}) {
  return Type.String({ ...options, maxLength })
}

export const Id = Type.String({
  format: 'uuid',
  maxLength: 36,
  description: 'UUIDv7 identifier',
})

export const EpochMs = Type.Integer({ minimum: 0, description: 'Epoch milliseconds (UTC)' })

export const Version = Type.Integer({
  minimum: 1,
  maximum: 2_147_483_647,
  description: 'Row version for optimistic concurrency',
})

export const LocaleSchema = Type.Union([Type.Literal('zh-CN'), Type.Literal('en')])

export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      details: Type.Record(Type.String(), Type.Unknown()),
    }),
  },
  {
    title: 'Error',
    description: "Every error: a code from a closed set, a message in the caller's language, details",
  },
)

/** Error responses most routes can give; spread into a route's `response`. */
export const commonErrors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  413: ErrorBody,
  415: ErrorBody,
  429: ErrorBody,
  500: ErrorBody,
  503: ErrorBody,
} satisfies Record<number, TSchema>

export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  cursor: Type.Optional(Str(512)),
}

export function PageOf<T extends TSchema>(item: T) {
  return Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) })
}

/** A value or null. */
export function Nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()])
}

/** One of the given strings (a union of literals, typed as their union). */
export function Literals<const T extends readonly string[]>(values: T, description?: string) {
  return Type.Unsafe<T[number]>(
    Type.Union(
      values.map((v) => Type.Literal(v)),
      description ? { description } : {},
    ),
  )
}

/** A calendar day of the reporting time zone, as figures and periods take it. */
export const Day = Type.String({ format: 'date', maxLength: 10, description: 'YYYY-MM-DD (Asia/Shanghai)' })
