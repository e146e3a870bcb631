// `npm run openapi`: writes docs/openapi.json and web/src/api/schema.d.ts from the routes.
import { writeFileSync } from 'node:fs'
import { clientTypesFile, generateOpenApi, openApiFile } from './openapi-lib.js'

const { json, types } = await generateOpenApi()
writeFileSync(openApiFile, json)
writeFileSync(clientTypesFile, types)
process.stdout.write(`wrote ${openApiFile} and ${clientTypesFile}\n`)
