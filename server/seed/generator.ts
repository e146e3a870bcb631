// The synthetic-data generator: one community (`generateCommunity`, used by the demo) or a whole
// district for benchmarks (`generateDistrict`). Synthetic people only, never real ones.
export {
  generateCommunity,
  type CommunityStats,
  type GenerateCommunityOptions,
  type GeneratedCommunity,
} from './write-community.js'
export {
  generateDistrict,
  type DistrictOptions,
  type DistrictProgress,
  type DistrictStats,
} from './district.js'
export { IdentifierRegistry } from './identifiers.js'
export type { NamedPeople, NamedPerson } from './network.js'

/** Bumped whenever the same seed would generate different data (benchmarks rebuild their data sets). */
export const GENERATOR_VERSION = '1'
