// Generates the OpenAPI document from the route schemas, and the web client's types from it.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import openapiTS, { astToString } from 'openapi-typescript'
import { buildApp } from '../server/app.js'
import { loadConfig } from '../server/config.js'
import { openRuntime } from '../server/runtime.js'

export const openApiFile = 'docs/openapi.json'
export const clientTypesFile = 'web/src/api/schema.d.ts'

export async function generateOpenApi(): Promise<{ json: string; types: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'tongxin-openapi-'))
  try {
    const config = loadConfig({
      NODE_ENV: 'test',
      TONGXIN_DATA_DIR: dir,
      TONGXIN_SECRET: 'openapi-generation-secret-0123456789abcdef',
    })
    const runtime = await openRuntime(config)
    const app = await buildApp(runtime.ctx, { logger: false })
    await app.ready()
    const document = app.swagger()
    await app.close()
    await runtime.close()
    const json = `${JSON.stringify(document, null, 2)}\n`
    const ast = await openapiTS(JSON.parse(json) as Parameters<typeof openapiTS>[0])
    const types = `// Generated from ${openApiFile} by \`npm run openapi\`. Do not edit.\n${astToString(ast)}`
    return { json, types }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
