import { useSyncExternalStore } from 'react'

// antd's md breakpoint: below it the desk layout turns its sider into a drawer.
const query = '(max-width: 767.98px)'

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(query)
  media.addEventListener('change', onChange)
  return () => {
    media.removeEventListener('change', onChange)
  }
}

/** Read synchronously (unlike Grid.useBreakpoint) so a phone never flashes the desktop sider. */
export function useIsNarrow(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches)
}
