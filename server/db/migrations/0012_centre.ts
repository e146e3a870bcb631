// The community's service centre ("5+3+1+N": one-stop hall, civilisation practice centre, party
// activities, consultation, recreation …): its rooms, their bookings (never two at once in one
// room), and the centre's activities with sign-up, capacity, attendance and photos.
import { sql, type Kysely } from 'kysely'
import { columnTypes, dialectOf } from '../dialect.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against whatever exists
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(dialectOf(db))

  await db.schema
    .createTable('centre_rooms')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('community_id', t.id, (c) => c.notNull().references('org_nodes.id'))
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('capacity', t.int, (c) => c.notNull())
    // Opening hours, local time HH:MM.
    .addColumn('open_from', t.text, (c) => c.notNull())
    .addColumn('open_to', t.text, (c) => c.notNull())
    .addColumn('active', t.flag, (c) => c.notNull().defaultTo(1))
    .addColumn('version', t.int, (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .addCheckConstraint(
      'centre_rooms_kind',
      sql`kind in ('one_stop_hall','civilisation_practice','party_activity','consultation','recreation','other')`,
    )
    .addCheckConstraint('centre_rooms_capacity', sql`capacity > 0`)
    .addCheckConstraint('centre_rooms_hours', sql`open_from < open_to`)
    .execute()
  await db.schema
    .createIndex('centre_rooms_name')
    .on('centre_rooms')
    .columns(['community_id', 'name'])
    .unique()
    .execute()

  await db.schema
    .createTable('room_bookings')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('room_id', t.id, (c) => c.notNull().references('centre_rooms.id'))
    .addColumn('community_id', t.id, (c) => c.notNull().references('org_nodes.id'))
    .addColumn('starts_at', t.time, (c) => c.notNull())
    .addColumn('ends_at', t.time, (c) => c.notNull())
    .addColumn('purpose', t.text, (c) => c.notNull())
    .addColumn('organiser', t.text, (c) => c.notNull())
    .addColumn('activity_id', t.id)
    .addColumn('state', t.text, (c) => c.notNull())
    .addColumn('cancel_reason', t.text)
    .addColumn('booked_by_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('booked_by_label', t.text, (c) => c.notNull())
    .addColumn('version', t.int, (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .addCheckConstraint('room_bookings_state', sql`state in ('booked','cancelled')`)
    .addCheckConstraint('room_bookings_span', sql`ends_at > starts_at`)
    .execute()
  // A room's bookings by time (the overlap check and the week view), the live ones only.
  await db.schema
    .createIndex('room_bookings_room')
    .on('room_bookings')
    .columns(['room_id', 'starts_at'])
    .where(sql.ref('state'), '=', 'booked')
    .execute()
  await db.schema
    .createIndex('room_bookings_community')
    .on('room_bookings')
    .columns(['community_id', 'starts_at'])
    .execute()

  await db.schema
    .createTable('activities')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('community_id', t.id, (c) => c.notNull().references('org_nodes.id'))
    .addColumn('path', t.path, (c) => c.notNull())
    .addColumn('title', t.text, (c) => c.notNull())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('description', t.text, (c) => c.notNull())
    .addColumn('starts_at', t.time, (c) => c.notNull())
    .addColumn('ends_at', t.time, (c) => c.notNull())
    .addColumn('held_date', t.date)
    .addColumn('room_id', t.id, (c) => c.references('centre_rooms.id'))
    .addColumn('booking_id', t.id, (c) => c.references('room_bookings.id'))
    .addColumn('place', t.text)
    .addColumn('capacity', t.int)
    .addColumn('signup_until', t.time)
    .addColumn('state', t.text, (c) => c.notNull())
    .addColumn('summary', t.text)
    .addColumn('created_by_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('version', t.int, (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .addCheckConstraint(
      'activities_kind',
      sql`kind in ('cultural','sports','education','volunteer','party','other')`,
    )
    .addCheckConstraint('activities_state', sql`state in ('open','held','cancelled')`)
    .addCheckConstraint('activities_span', sql`ends_at > starts_at`)
    .addCheckConstraint('activities_capacity', sql`capacity is null or capacity > 0`)
    .execute()
  await db.schema
    .createIndex('activities_community')
    .on('activities')
    .columns(['community_id', 'starts_at'])
    .execute()
  await db.schema
    .createIndex('activities_held')
    .on('activities')
    .columns(['community_id', 'held_date'])
    .where(sql.ref('held_date'), 'is not', null)
    .execute()

  await db.schema
    .createTable('activity_signups')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('activity_id', t.id, (c) => c.notNull().references('activities.id'))
    .addColumn('person_id', t.id, (c) => c.notNull().references('persons.id'))
    .addColumn('state', t.text, (c) => c.notNull())
    .addColumn('attended', t.flag, (c) => c.notNull().defaultTo(0))
    .addColumn('signed_by_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('version', t.int, (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addColumn('updated_at', t.time, (c) => c.notNull())
    .addCheckConstraint('activity_signups_state', sql`state in ('signed','cancelled','walk_in')`)
    .addCheckConstraint('activity_signups_attended', sql`attended in (0,1)`)
    .execute()
  await db.schema
    .createIndex('activity_signups_person')
    .on('activity_signups')
    .columns(['activity_id', 'person_id'])
    .unique()
    .execute()

  await db.schema
    .createTable('activity_photos')
    .addColumn('activity_id', t.id, (c) => c.notNull().references('activities.id'))
    .addColumn('file_id', t.text, (c) => c.notNull().references('files.id'))
    .addColumn('created_at', t.time, (c) => c.notNull())
    .addPrimaryKeyConstraint('activity_photos_pk', ['activity_id', 'file_id'])
    .execute()
}
