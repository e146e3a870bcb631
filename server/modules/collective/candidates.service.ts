// Who may be confirmed as a member: the people whose origin village is this village (wherever they
// now live), living, and not already active members, found by name, pinyin or initials. The
// accountant holds no person.read; this read is scoped to the one village and shows the ID number
// only by its last four characters.
import type { Db } from '../../db/index.js'
import type { Actor } from '../../platform/access.js'
import { decodeCursor, toPage } from '../../platform/pagination.js'
import { villageBooks } from '../books/index.js'

export async function listCandidates({
  db,
  actor,
  villageId,
  q,
  limit,
  cursor,
}: {
  db: Db
  actor: Actor
  villageId: string
  q?: string
  limit: number
  cursor?: string
}) {
  await villageBooks(db, actor, villageId, 'collective.manage')
  const after = cursor ? decodeCursor(cursor, ['string', 'string']) : null
  let query = db
    .selectFrom('persons as p')
    .leftJoin('org_nodes as c', 'c.id', 'p.community_id')
    .select([
      'p.id',
      'p.name',
      'p.name_sort',
      'p.sex',
      'p.birth_date',
      'p.id_tail',
      'p.status',
      'c.name as community_name',
    ])
    .where('p.origin_village_id', '=', villageId)
    .where('p.status', '!=', 'deceased')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('collective_members as m')
            .select('m.id')
            .whereRef('m.person_id', '=', 'p.id')
            .where('m.village_id', '=', villageId)
            .where('m.status', '=', 'active'),
        ),
      ),
    )
  const text = q?.trim() ?? ''
  if (text !== '') {
    // A prefix of the name as written, or of its pinyin or initials (lower case, no spaces).
    const latin = text.toLowerCase().replace(/\s+/g, '')
    const range = (s: string) => [s, `${s}\uffff`] as const
    const [nLow, nHigh] = range(text)
    const [lLow, lHigh] = range(latin)
    query = query.where((eb) =>
      eb.or([
        eb.and([eb('p.name', '>=', nLow), eb('p.name', '<', nHigh)]),
        eb.and([eb('p.name_pinyin', '>=', lLow), eb('p.name_pinyin', '<', lHigh)]),
        eb.and([eb('p.name_initials', '>=', lLow), eb('p.name_initials', '<', lHigh)]),
      ]),
    )
  }
  if (after) {
    const [sort, id] = after.map(String) as [string, string]
    query = query.where((eb) =>
      eb.or([eb('p.name_sort', '>', sort), eb.and([eb('p.name_sort', '=', sort), eb('p.id', '>', id)])]),
    )
  }
  const rows = await query
    .orderBy('p.name_sort')
    .orderBy('p.id')
    .limit(limit + 1)
    .execute()
  return toPage(
    rows,
    limit,
    (r) => [r.name_sort, r.id],
    (r) => ({
      personId: r.id,
      name: r.name,
      sex: r.sex,
      birthDate: r.birth_date,
      idTail: r.id_tail,
      livesIn: r.community_name,
      status: r.status,
    }),
  )
}
