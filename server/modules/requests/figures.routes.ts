// Figures of residents' requests per grid, community and office, with drill-down to the items.
import { Type } from '@sinclair/typebox'
import type { AppContext } from '../../platform/context.js'
import { actorOf } from '../../platform/http/auth.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { commonErrors, Day, Id, PageQuery, StrictObject } from '../../platform/http/schemas.js'
import { counts } from './figures.domain.js'
import { drillDown, getFigures } from './figure.service.js'
import { WorkItemPage } from './request.schemas.js'

const CountSchema = Type.Unsafe<(typeof counts)[number] | 'overdue'>(
  Type.Union([...counts, 'overdue'].map((c) => Type.Literal(c))),
)

const FiguresQuery = StrictObject({ nodeId: Id, from: Day, to: Day })
const DrillQuery = StrictObject({ nodeId: Id, from: Day, to: Day, count: CountSchema, ...PageQuery })

const FiguresView = Type.Object(
  {
    nodeId: Id,
    nodeName: Type.String(),
    from: Type.String(),
    to: Type.String(),
    version: Type.Integer(),
    counts: Type.Record(Type.String(), Type.Integer()),
    rates: Type.Record(Type.String(), Type.Union([Type.Number(), Type.Null()])),
    overdue: Type.Integer(),
    definitions: Type.Array(
      Type.Object({
        name: Type.String(),
        zh: Type.String(),
        en: Type.String(),
        on: Type.Union([Type.String(), Type.Null()]),
        definition: Type.String(),
      }),
    ),
    byMonth: Type.Array(
      Type.Object({ month: Type.String(), collected: Type.Integer(), closed: Type.Integer() }),
    ),
  },
  { title: 'Figures' },
)

export function figureRoutes(ctx: AppContext) {
  return defineRoutes((app) => {
    app.get(
      '/figures',
      {
        schema: {
          tags: ['figures'],
          summary:
            'Counts and rates of residents’ requests for a node and period (from the daily rows), the overdue count, and the definitions',
          querystring: FiguresQuery,
          response: { 200: FiguresView, ...commonErrors },
        },
      },
      async (request) =>
        getFigures({ db: ctx.db, actor: actorOf(request), ...request.query, now: ctx.clock() }),
    )
    app.get(
      '/figures/items',
      {
        schema: {
          tags: ['figures'],
          summary: 'The items behind a count (drill-down), newest first',
          querystring: DrillQuery,
          response: { 200: WorkItemPage, ...commonErrors },
        },
      },
      async (request) =>
        drillDown({
          db: ctx.db,
          actor: actorOf(request),
          nodeId: request.query.nodeId,
          from: request.query.from,
          to: request.query.to,
          count: request.query.count,
          cursor: request.query.cursor,
          limit: request.query.limit ?? 20,
          now: ctx.clock(),
        }),
    )
  })
}
