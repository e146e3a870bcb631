import type figuresZhCN from './figures.zh-CN'

const figuresEn: typeof figuresZhCN = {
  title: 'Figures',
  nav: 'Figures',
  noScope: 'Your account has no area to report on.',
  presets: { month: 'This month', quarter: 'This quarter', year: 'This year' },
  overdue: 'Overdue now',
  byMonth: 'Collected and closed, by month',
  report:
    'In this period {{name}} collected {{collected}} requests and solved {{resolved}} urgent problems; {{grid}}% were settled within the grid, {{community}}% within the community, and {{satisfaction}}% of residents were satisfied.',
  drillTitle: 'Items behind “{{name}}”',
  reportedAt: 'Reported',
  none: 'No items',
  definitionsVersion:
    'Definitions version {{version}}: each count is counted on its own event date (collected on the reporting day, closed on the closing day, ratings on the rating day).',
  services: {
    proxy: 'Red proxy errands',
    proxyCounts: {
      delivered: 'Person-times served',
      solved: 'Difficulties solved',
      residents: 'Residents served',
      paid: 'Paid for residents',
    },
    centre: 'Service centre activities',
    centreCounts: { held: 'Activities held', participants: 'Participants (person-times)' },
  },
}

export default figuresEn
