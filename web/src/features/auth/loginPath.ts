/** Where to go after signing in: only a path inside this app, never another origin. */
export function safeNext(next: string | null): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/'
  if (next === '/login' || next.startsWith('/login?')) return '/'
  return next
}

export function loginPath(returnTo: string | null): string {
  return returnTo === null || returnTo === '/' ? '/login' : `/login?next=${encodeURIComponent(returnTo)}`
}
