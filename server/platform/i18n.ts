// Server-side messages in the caller's language. zh-CN first; English second.
import type { ErrorCode, ErrorDetails } from './errors.js'

export const locales = ['zh-CN', 'en'] as const
export type Locale = (typeof locales)[number]

/** Picks zh-CN or en from an Accept-Language header, honouring q-values; zh-CN when nothing matches. */
export function pickLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'zh-CN'
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const weight = q ? Number(q.slice(2)) : 1
      return { tag: tag.toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index }
    })
    .filter((r) => r.tag !== '' && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
  for (const { tag } of ranked) {
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN'
    if (tag === 'en' || tag.startsWith('en-')) return 'en'
  }
  return 'zh-CN'
}

type Template = (d: ErrorDetails) => string

const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '')

const entityNames: Record<string, { 'zh-CN': string; en: string }> = {
  user: { 'zh-CN': '用户', en: 'user' },
  org_node: { 'zh-CN': '组织节点', en: 'org node' },
  village: { 'zh-CN': '村', en: 'village' },
  file: { 'zh-CN': '文件', en: 'file' },
  job: { 'zh-CN': '任务', en: 'job' },
  audit: { 'zh-CN': '审计记录', en: 'audit entry' },
  person: { 'zh-CN': '人员', en: 'person' },
  household: { 'zh-CN': '住户', en: 'household' },
  household_member: { 'zh-CN': '家庭成员', en: 'household member' },
  person_tag: { 'zh-CN': '人员标签', en: 'person tag' },
  post: { 'zh-CN': '岗位', en: 'post' },
  contact: { 'zh-CN': '联系关系', en: 'contact link' },
  facility: { 'zh-CN': '设施', en: 'facility' },
  org_unit: { 'zh-CN': '组织', en: 'organisation' },
  provider: { 'zh-CN': '服务单位', en: 'provider' },
  import: { 'zh-CN': '导入任务', en: 'import' },
  work_item: { 'zh-CN': '事项', en: 'request' },
  whistle_party: { 'zh-CN': '报到单位', en: 'summoned party' },
  community_stage: { 'zh-CN': '社区阶段', en: 'community stage' },
}

function entity(d: ErrorDetails, locale: Locale): string {
  const e = entityNames[str(d.entity)]
  return e ? e[locale] : locale === 'zh-CN' ? '记录' : 'record'
}

const messages: Record<ErrorCode, Record<Locale, Template>> = {
  VALIDATION_FAILED: {
    'zh-CN': () => '提交的数据不符合要求，请检查标出的字段。',
    en: () => 'The request data is not valid; check the fields listed.',
  },
  MALFORMED_REQUEST: {
    'zh-CN': (d) => `请求格式错误${d.reason ? `：${str(d.reasonZh) || str(d.reason)}` : ''}。`,
    en: (d) => `The request is malformed${d.reason ? `: ${str(d.reason)}` : ''}.`,
  },
  UNAUTHENTICATED: { 'zh-CN': () => '请先登录。', en: () => 'Please sign in.' },
  SESSION_EXPIRED: {
    'zh-CN': () => '登录已过期，请重新登录。',
    en: () => 'Your session has expired; please sign in again.',
  },
  INVALID_CREDENTIALS: {
    'zh-CN': () => '用户名或密码错误。',
    en: () => 'Wrong user name or password.',
  },
  CSRF_REJECTED: {
    'zh-CN': () => '页面已过期或请求来源不可信，请刷新页面后重试。',
    en: () => 'The page is out of date or the request came from an untrusted origin; reload and try again.',
  },
  FORBIDDEN: { 'zh-CN': () => '没有执行此操作的权限。', en: () => 'You are not allowed to do this.' },
  NOT_FOUND_OR_NO_ACCESS: {
    'zh-CN': (d) => `${entity(d, 'zh-CN')}不存在或无权访问。`,
    en: (d) => `The ${entity(d, 'en')} does not exist or you have no access to it.`,
  },
  ROUTE_NOT_FOUND: { 'zh-CN': () => '接口不存在。', en: () => 'No such endpoint.' },
  METHOD_NOT_ALLOWED: { 'zh-CN': () => '不支持该请求方法。', en: () => 'Method not allowed.' },
  VERSION_CONFLICT: {
    'zh-CN': () => '该记录已被他人修改，请刷新后再试。',
    en: () => 'Someone else changed this record; reload it and try again.',
  },
  CONFLICT: {
    'zh-CN': (d) => `操作与现有数据冲突${d.reasonZh ? `：${str(d.reasonZh)}` : ''}。`,
    en: (d) => `The change conflicts with existing data${d.reason ? `: ${str(d.reason)}` : ''}.`,
  },
  INVALID_TRANSITION: {
    'zh-CN': (d) => `当前状态（${str(d.state)}）下不能执行“${str(d.action)}”。`,
    en: (d) => `"${str(d.action)}" is not possible in state ${str(d.state)}.`,
  },
  PAYLOAD_TOO_LARGE: {
    'zh-CN': (d) => `提交的内容过大${d.limitBytes ? `（上限 ${str(d.limitBytes)} 字节）` : ''}。`,
    en: (d) => `The request is too large${d.limitBytes ? ` (limit ${str(d.limitBytes)} bytes)` : ''}.`,
  },
  UNSUPPORTED_MEDIA_TYPE: {
    'zh-CN': (d) => `不支持的内容类型${d.contentType ? `：${str(d.contentType)}` : ''}。`,
    en: (d) => `Unsupported content type${d.contentType ? `: ${str(d.contentType)}` : ''}.`,
  },
  UNPROCESSABLE: {
    'zh-CN': (d) => `无法处理该请求${d.reasonZh ? `：${str(d.reasonZh)}` : ''}。`,
    en: (d) => `The request cannot be processed${d.reason ? `: ${str(d.reason)}` : ''}.`,
  },
  RATE_LIMITED: {
    'zh-CN': (d) =>
      `操作过于频繁，请${d.retryAfterSeconds ? ` ${str(d.retryAfterSeconds)} 秒后` : '稍后'}再试。`,
    en: (d) =>
      `Too many attempts; try again ${d.retryAfterSeconds ? `in ${str(d.retryAfterSeconds)} seconds` : 'later'}.`,
  },
  INTERNAL: {
    'zh-CN': () => '服务器内部错误，请稍后再试。已记录此问题。',
    en: () => 'Internal server error; please try again later. The problem has been logged.',
  },
  UNAVAILABLE: {
    'zh-CN': (d) => (d.reasonZh ? `服务暂不可用：${str(d.reasonZh)}` : '服务暂时不可用，请稍后再试。'),
    en: (d) =>
      d.reason
        ? `The service is unavailable: ${str(d.reason)}`
        : 'The service is temporarily unavailable; please try again later.',
  },
  STORAGE_READ_ONLY: {
    'zh-CN': () => '数据存储当前不可写入，请联系管理员。已提交的数据未受影响。',
    en: () =>
      'The data store cannot be written to right now; contact the administrator. Saved data is unaffected.',
  },
  STORAGE_FULL: {
    'zh-CN': () => '存储空间已满，本次修改未保存，请联系管理员。',
    en: () => 'The storage is full; this change was not saved. Contact the administrator.',
  },
}

export function errorMessage(code: ErrorCode, details: ErrorDetails, locale: Locale): string {
  return messages[code][locale](details)
}
