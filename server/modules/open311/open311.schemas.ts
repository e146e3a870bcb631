// What Open311 clients send (validated; an empty argument is the same as none) and what they get
// back, for the OpenAPI document. The JSON documents are bare arrays, as the spec's JSON is a
// mechanical mapping of its XML; every response is written by the route in the format the path's
// suffix names, so these response schemas describe, they do not serialise.
import { Type, type Static } from '@sinclair/typebox'
import { Str, StrictObject } from '../../platform/http/schemas.js'

const Format = Type.Unsafe<'json' | 'xml'>(
  Type.Union([Type.Literal('json'), Type.Literal('xml')], { description: 'json or xml' }),
)
export const FormatParams = StrictObject({ format: Format })

/** `{name}.json` or `{name}.xml`: a service code, a service_request_id or a token with its format. */
export const FileParams = StrictObject({
  file: Str(200, { pattern: '^.+\\.(json|xml)$', description: 'e.g. facilities.water.json' }),
})

const JurisdictionId = Type.Optional(
  Str(64, { description: 'An org node code: a community (320812400001) or a street office' }),
)
/** Ignored on reads (they need no key); accepted because clients send it with every call. */
const ApiKey = Type.Optional(Str(200))
const Extensions = Type.Optional(
  Str(10, { description: 'true adds extended_attributes (number, detailed status, level, outcome)' }),
)

export const JurisdictionQuery = StrictObject({ jurisdiction_id: JurisdictionId, api_key: ApiKey })
export type JurisdictionQuery = Static<typeof JurisdictionQuery>

export const OneRequestQuery = StrictObject({
  jurisdiction_id: JurisdictionId,
  api_key: ApiKey,
  extensions: Extensions,
})
export type OneRequestQuery = Static<typeof OneRequestQuery>

export const RequestsQuery = StrictObject({
  jurisdiction_id: JurisdictionId,
  api_key: ApiKey,
  extensions: Extensions,
  service_request_id: Type.Optional(
    Str(4000, { description: 'Comma-separated ids; overrides every other filter' }),
  ),
  service_code: Type.Optional(Str(2000, { description: 'Comma-separated service codes' })),
  start_date: Type.Optional(Str(40, { description: 'W3C date-time with zone' })),
  end_date: Type.Optional(
    Str(40, { description: 'W3C date-time with zone; at most 90 days after start_date' }),
  ),
  status: Type.Optional(Str(20, { description: 'open, closed, or open,closed' })),
})

const Field = (max: number, description?: string) =>
  Type.Optional(Str(max, description ? { description } : {}))

/** The form of POST requests; `attribute[code]` fields as the service definition lists them. */
export const PostRequestBody = Type.Object(
  {
    api_key: Field(200, 'The client’s key (also accepted in the query string)'),
    jurisdiction_id: Field(64, 'Org node code at or under the client’s jurisdiction'),
    service_code: Field(64),
    lat: Field(40),
    long: Field(40),
    address_string: Field(300),
    address_id: Field(64, 'A building’s org code, e.g. 320812400001-B01 (or a unit, room, grid code)'),
    email: Field(254),
    device_id: Field(200),
    account_id: Field(200),
    first_name: Field(50),
    last_name: Field(50),
    phone: Field(30),
    description: Field(4000),
    media_url: Field(1000),
  },
  {
    additionalProperties: false,
    patternProperties: {
      '^attribute\\[[A-Za-z0-9_.-]{1,64}\\](\\[\\])?$': Type.Union([
        Str(200),
        Type.Array(Str(200), { maxItems: 20 }),
      ]),
    },
  },
)
export type PostRequestBody = Static<typeof PostRequestBody>

export const PostRequestQuery = StrictObject({ jurisdiction_id: JurisdictionId, api_key: ApiKey })

const ErrorList = Type.Array(Type.Object({ code: Type.Integer(), description: Type.String() }), {
  title: 'Open311Errors',
})
export const errorResponses = { 400: ErrorList, 403: ErrorList, 404: ErrorList, 429: ErrorList }

export const Discovery = Type.Object(
  {
    changeset: Type.String(),
    contact: Type.String(),
    key_service: Type.String(),
    endpoints: Type.Array(
      Type.Object({
        specification: Type.String(),
        url: Type.String(),
        changeset: Type.String(),
        type: Type.String(),
        formats: Type.Array(Type.String()),
      }),
    ),
  },
  { title: 'Open311Discovery' },
)

export const ServiceList = Type.Array(
  Type.Object({
    service_code: Type.String(),
    service_name: Type.String(),
    description: Type.String(),
    metadata: Type.Boolean(),
    type: Type.String(),
    keywords: Type.String(),
    group: Type.String(),
  }),
  { title: 'Open311Services' },
)

export const ServiceDefinition = Type.Object(
  {
    service_code: Type.String(),
    attributes: Type.Array(
      Type.Object({
        variable: Type.Boolean(),
        code: Type.String(),
        datatype: Type.String(),
        required: Type.Boolean(),
        datatype_description: Type.String(),
        order: Type.Integer(),
        description: Type.String(),
        values: Type.Array(Type.Object({ key: Type.String(), name: Type.String() })),
      }),
    ),
  },
  { title: 'Open311ServiceDefinition' },
)

export const PostResult = Type.Array(
  Type.Object({ service_request_id: Type.String(), service_notice: Type.String() }),
  { title: 'Open311Created' },
)

export const TokenResult = Type.Array(
  Type.Object({ service_request_id: Type.String(), token: Type.String() }),
  {
    title: 'Open311Token',
  },
)

export const RequestList = Type.Array(
  Type.Object({
    service_request_id: Type.String(),
    status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
    status_notes: Type.String({ description: 'The detailed state in Chinese, with the outcome once known' }),
    service_name: Type.String(),
    service_code: Type.String(),
    description: Type.Optional(Type.String({ description: 'Moderated public text only' })),
    agency_responsible: Type.Optional(Type.String()),
    requested_datetime: Type.String(),
    updated_datetime: Type.String(),
    expected_datetime: Type.Optional(Type.String()),
    address: Type.Optional(Type.String({ description: 'Building level, never a unit or room' })),
    address_id: Type.Optional(Type.String()),
    lat: Type.Optional(Type.Number()),
    long: Type.Optional(Type.Number()),
    extended_attributes: Type.Optional(
      Type.Object({
        number: Type.String(),
        detailed_status: Type.String(),
        detailed_status_name: Type.String(),
        level: Type.String(),
        outcome: Type.Optional(Type.String()),
      }),
    ),
  }),
  { title: 'Open311Requests' },
)
