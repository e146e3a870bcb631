import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { clientTypesFile, generateOpenApi, openApiFile } from '../scripts/openapi-lib.js'

interface Schema {
  type?: string | string[]
  properties?: Record<string, Schema>
  additionalProperties?: boolean | Schema
  items?: Schema
  anyOf?: Schema[]
  oneOf?: Schema[]
  allOf?: Schema[]
  maxLength?: number
  format?: string
  enum?: unknown[]
  const?: unknown
  pattern?: string
}
interface Operation {
  parameters?: { name: string; in: string; schema: Schema }[]
  requestBody?: { content: Record<string, { schema: Schema }> }
}

/**
 * Bodies whose extra field names follow a pattern the route validates (JSON Schema
 * `patternProperties` beside `additionalProperties: false`), which OpenAPI 3.0 cannot express and
 * so documents as an open object. Each names its reason; its route test proves other names are refused.
 */
const patternNamedFields: Record<string, string> = {
  'post /open311/v2/requests.{format}':
    'GeoReport v2 attribute[code] fields (open311.db.test.ts refuses unknown_field with 400)',
}

/** Every place in a client-sent schema that breaks the house rules, as JSON pointers. */
function violations(schema: Schema, at: string, out: string[]): void {
  for (const sub of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
    violations(sub, at, out)
  if (schema.type === 'object' || schema.properties) {
    if (schema.additionalProperties !== false) out.push(`${at}: object accepts unknown properties`)
    for (const [k, v] of Object.entries(schema.properties ?? {})) violations(v, `${at}/${k}`, out)
  }
  if (schema.type === 'array' && schema.items) violations(schema.items, `${at}/items`, out)
  const bounded = schema.maxLength !== undefined || schema.enum !== undefined || schema.const !== undefined
  if (schema.type === 'string' && !bounded) out.push(`${at}: string without maxLength`)
}

describe('OpenAPI document', () => {
  it('is checked in and up to date with the routes (run `npm run openapi` after changing a route)', async () => {
    const { json, types } = await generateOpenApi()
    expect(readFileSync(openApiFile, 'utf8')).toBe(json)
    expect(readFileSync(clientTypesFile, 'utf8')).toBe(types)
  }, 30_000)

  it('closes every object a client sends and bounds every string', async () => {
    const doc = JSON.parse((await generateOpenApi()).json) as {
      paths: Record<string, Record<string, Operation>>
    }
    const problems: string[] = []
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        for (const p of op.parameters ?? [])
          violations(p.schema, `${method} ${path} ${p.in}.${p.name}`, problems)
        for (const [type, body] of Object.entries(op.requestBody?.content ?? {})) {
          const schema =
            `${method} ${path}` in patternNamedFields && typeof body.schema.additionalProperties === 'object'
              ? { ...body.schema, additionalProperties: false }
              : body.schema
          violations(schema, `${method} ${path} body(${type})`, problems)
          if (typeof body.schema.additionalProperties === 'object')
            violations(body.schema.additionalProperties, `${method} ${path} body(${type})/*`, problems)
        }
      }
    }
    expect(problems).toEqual([])
  }, 30_000)
})
