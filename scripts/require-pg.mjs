// `npm run test:pg` needs a PostgreSQL to create test databases in; say so clearly instead of
// letting the suite be skipped or time out.
if (!process.env.DATABASE_URL && !process.env.TONGXIN_TEST_PG_URL) {
  process.stderr.write(
    'test:pg needs DATABASE_URL, e.g.\n' +
      '  URL=$(scripts/pg-throwaway.sh start /tmp/tongxin-pg) && DATABASE_URL=$URL npm run test:pg\n',
  )
  process.exit(2)
}
