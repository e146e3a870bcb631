// Optimistic concurrency for mutable rows, and retries for PostgreSQL serialisation failures.
import type { UpdateResult } from 'kysely'
import { classifyDatabaseError } from '../db/index.js'
import { AppError } from './errors.js'

/**
 * An update guarded by `where version = expected` touched no row: someone else changed it first
 * (the caller has already established that the row exists and is in scope).
 */
export function requireVersionMatch(result: UpdateResult, entity: string, expected: number): void {
  if (result.numUpdatedRows === 0n)
    throw new AppError('VERSION_CONFLICT', { entity, expectedVersion: expected })
}

/** Runs `fn` again when PostgreSQL reports a serialisation failure or deadlock. */
export async function retryOnSerializationFailure<T>(fn: () => Promise<T>, attempts = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn()
    } catch (error) {
      if (i >= attempts || classifyDatabaseError(error)?.kind !== 'serialization') throw error
      await new Promise((r) => setTimeout(r, Math.random() * 10 * i))
    }
  }
}
