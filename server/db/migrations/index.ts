// Forward-only migrations, in order. Add a file, add a line; never edit one that has shipped.
import type { Migration } from 'kysely'
import * as m0001 from './0001_foundation.js'
import * as m0002 from './0002_registry.js'
import * as m0003 from './0003_person_search_indexes.js'
import * as m0005 from './0005_requests.js'
import * as m0007 from './0007_auth_epoch.js'
import * as m0008 from './0008_figures_covering_index.js'
import * as m0009 from './0009_figures_monthly.js'
import * as m0010 from './0010_partial_indexes.js'
import * as m0011 from './0011_proxy.js'
import * as m0012 from './0012_centre.js'
import * as m0013 from './0013_property.js'
import * as m0014 from './0014_consultations.js'
import * as m0015 from './0015_party.js'
import * as m0016 from './0016_books.js'
import * as m0017 from './0017_collective.js'
import * as m0018 from './0018_estate.js'
import * as m0019 from './0019_books_opening.js'
import * as m0020 from './0020_disclosure.js'

export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_registry': m0002,
  '0003_person_search_indexes': m0003,
  '0005_requests': m0005,
  '0007_auth_epoch': m0007,
  '0008_figures_covering_index': m0008,
  '0009_figures_monthly': m0009,
  '0010_partial_indexes': m0010,
  '0011_proxy': m0011,
  '0012_centre': m0012,
  '0013_property': m0013,
  '0014_consultations': m0014,
  '0015_party': m0015,
  '0016_books': m0016,
  '0017_collective': m0017,
  '0018_estate': m0018,
  '0019_books_opening': m0019,
  '0020_disclosure': m0020,
}
