import { useCallback, useEffect, useRef, useState } from 'react'
import { useSearchParams } from 'react-router'

/** The server refuses longer queries (Str(40)). */
export const searchMaxLength = 40
/** Results asked for; a full list means the text should be longer. */
export const searchLimit = 50
const typingPause = 300

/**
 * The search box's text and the query actually searched. The query lives in the URL (`?q=`), so
 * going back from a person's page shows the same results; typing updates it after a short pause.
 */
export function useSearchText() {
  const [params, setParams] = useSearchParams()
  const q = (params.get('q') ?? '').trim().slice(0, searchMaxLength)
  const [text, setText] = useState(q)
  // What this hook last wrote to the URL; any other change came from outside (a header search,
  // the back button) and replaces what the box shows.
  const written = useRef(q)

  useEffect(() => {
    if (q !== written.current) {
      written.current = q
      setText(q)
    }
  }, [q])

  const commit = useCallback(
    (value: string) => {
      const next = value.trim().slice(0, searchMaxLength)
      written.current = next
      setParams(next === '' ? {} : { q: next }, { replace: true })
    },
    [setParams],
  )

  useEffect(() => {
    if (text.trim() === q) return
    const timer = setTimeout(() => {
      commit(text)
    }, typingPause)
    return () => {
      clearTimeout(timer)
    }
  }, [text, q, commit])

  return { text, setText, q, submit: () => commit(text) }
}
