import { useEffect, useState, type RefObject } from 'react'

/** The element's current height in px (0 until measured); a virtual list needs a number. */
export function useElementHeight(ref: RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(0)
  useEffect(() => {
    const element = ref.current
    if (!element) return
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setHeight(Math.floor(entry.contentRect.height))
    })
    observer.observe(element)
    return () => {
      observer.disconnect()
    }
  }, [ref])
  return height
}
