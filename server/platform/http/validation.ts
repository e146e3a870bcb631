// Request validation. Bodies are validated exactly as sent: no type coercion ("12" is not 12), no
// defaults slipped in, unknown properties refused. Query strings and path parameters arrive as text,
// so they alone are coerced to the types their schema names.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import type { FastifySchema, FastifySchemaCompiler } from 'fastify'
import type { Locale } from '../i18n.js'

// ajv-formats is CommonJS with a default export.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv

function makeAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({
    coerceTypes: coerce ? 'array' : false,
    useDefaults: coerce,
    removeAdditional: false,
    allErrors: true,
    strict: false,
  })
  addFormats(ajv)
  return ajv
}

const bodyAjv = makeAjv(false)
const textAjv = makeAjv(true)

export function addSharedSchema(schema: { $id?: string }): void {
  bodyAjv.addSchema(schema)
  textAjv.addSchema(schema)
}

export const validatorCompiler: FastifySchemaCompiler<FastifySchema> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? bodyAjv : textAjv
  const validate: ValidateFunction = ajv.compile(schema)
  return (data: unknown) => {
    if (validate(data)) return { value: data }
    const error = new RequestValidationError(httpPart ?? 'body', validate.errors ?? [])
    return { error }
  }
}

export interface FieldProblem {
  /** JSON pointer of the field, e.g. /displayName, or the part (/querystring/limit). */
  path: string
  rule: string
  message: string
  limit?: number | string
}

export class RequestValidationError extends Error {
  constructor(
    readonly part: string,
    readonly errors: ErrorObject[],
  ) {
    super('request validation failed')
    this.name = 'RequestValidationError'
  }

  fields(locale: Locale): FieldProblem[] {
    const prefix = this.part === 'body' ? '' : `/${this.part}`
    return this.errors.map((e) => {
      const params = e.params as Record<string, unknown>
      let path = `${prefix}${e.instancePath}`
      if (e.keyword === 'required') path = `${path}/${String(params.missingProperty)}`
      if (e.keyword === 'additionalProperties') path = `${path}/${String(params.additionalProperty)}`
      const limit = params.limit as number | string | undefined
      return {
        path: path === '' ? '/' : path,
        rule: e.keyword,
        message: describe(e, locale),
        ...(limit !== undefined ? { limit } : {}),
      }
    })
  }
}

function describe(e: ErrorObject, locale: Locale): string {
  const p = e.params as Record<string, unknown>
  const zh = locale === 'zh-CN'
  switch (e.keyword) {
    case 'required':
      return zh ? '必填' : 'is required'
    case 'additionalProperties':
      return zh
        ? `不认识的字段“${String(p.additionalProperty)}”`
        : `unknown field "${String(p.additionalProperty)}"`
    case 'type':
      return zh ? `类型应为 ${typeZh(String(p.type))}` : `must be of type ${String(p.type)}`
    case 'maxLength':
      return zh ? `长度不能超过 ${String(p.limit)} 个字符` : `must be at most ${String(p.limit)} characters`
    case 'minLength':
      return zh ? `长度不能少于 ${String(p.limit)} 个字符` : `must be at least ${String(p.limit)} characters`
    case 'minimum':
    case 'exclusiveMinimum':
      return zh ? `不能小于 ${String(p.limit)}` : `must be at least ${String(p.limit)}`
    case 'maximum':
    case 'exclusiveMaximum':
      return zh ? `不能大于 ${String(p.limit)}` : `must be at most ${String(p.limit)}`
    case 'enum':
    case 'const':
    case 'anyOf':
      return zh ? '取值不在允许范围内' : 'is not one of the allowed values'
    case 'format':
      return zh ? `格式不正确（${String(p.format)}）` : `is not a valid ${String(p.format)}`
    case 'pattern':
      return zh ? '格式不正确' : 'has the wrong format'
    case 'maxItems':
      return zh ? `最多 ${String(p.limit)} 项` : `must have at most ${String(p.limit)} items`
    case 'minItems':
      return zh ? `至少 ${String(p.limit)} 项` : `must have at least ${String(p.limit)} items`
    default:
      return zh ? '不符合要求' : (e.message ?? 'is invalid')
  }
}

function typeZh(type: string): string {
  const names: Record<string, string> = {
    string: '文本',
    integer: '整数',
    number: '数字',
    boolean: '布尔值',
    object: '对象',
    array: '数组',
    null: '空值',
  }
  return type
    .split(',')
    .map((t) => names[t] ?? t)
    .join('或')
}
