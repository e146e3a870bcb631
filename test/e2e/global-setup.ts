// The browser tests run the built app. If a fresh checkout has no build yet, build it once here
// (CI builds explicitly before `npm run test:e2e`, so there this only checks).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

const required = ['dist/web/index.html', 'dist/server/cli.js']

function missing(root: string): string[] {
  return required.filter((file) => !existsSync(join(root, file)))
}

export default function setup(): void {
  const root = process.cwd()
  const absent = missing(root)
  if (absent.length === 0) return
  process.stdout.write(`e2e: ${absent.join(', ')} missing; running \`npm run build\` once\n`)
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const result = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) {
    throw new Error(`e2e: \`npm run build\` failed (exit ${String(result.status ?? result.signal)})`)
  }
  const still = missing(root)
  if (still.length > 0) throw new Error(`e2e: after \`npm run build\`, still missing: ${still.join(', ')}`)
}
