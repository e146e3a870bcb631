// Identifiers are UUIDv7: made by the application, globally unique, ordered by creation time, so
// that records can be created anywhere, merged later, and paged by id.
import { v7 } from 'uuid'

export function newId(): string {
  return v7()
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export function isId(value: string): boolean {
  return uuidPattern.test(value)
}
