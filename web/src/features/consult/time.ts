// Meeting times as the community reads them: Shanghai wall-clock time in a datetime-local input.
const SHANGHAI = 8 * 3_600_000

/** 'YYYY-MM-DDTHH:mm' in Shanghai for an instant. */
export function localInputValue(ms: number): string {
  return new Date(ms + SHANGHAI).toISOString().slice(0, 16)
}

/** The instant a datetime-local value names in Shanghai, or NaN. */
export function instantOfInput(value: string): number {
  return Date.parse(`${value}:00+08:00`)
}
