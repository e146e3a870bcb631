// Messages of the figures pages (zh-CN, the first language: the English file must match its shape).
const figuresZhCN = {
  title: '数据统计',
  nav: '数据统计',
  noScope: '您的账号没有可统计的辖区。',
  presets: { month: '本月', quarter: '本季度', year: '本年' },
  overdue: '当前超期',
  byMonth: '收集与结案（按月）',
  report:
    '{{name}}在本期收集民情民意 {{collected}} 条，解决群众急难愁盼问题 {{resolved}} 件；网格内解决率 {{grid}}%，社区内解决率 {{community}}%，群众满意率 {{satisfaction}}%。',
  drillTitle: '“{{name}}”对应的事项',
  reportedAt: '上报时间',
  none: '没有事项',
  definitionsVersion:
    '统计口径版本 {{version}}：各项计数按其事件日期统计（收集按上报日，结案按结案日，评价按评价日）。',
  services: {
    proxy: '红代办',
    proxyCounts: { delivered: '服务人次', solved: '解决困难', residents: '服务居民', paid: '代付金额' },
    centre: '服务中心活动',
    centreCounts: { held: '举办活动', participants: '参与人次' },
  },
}

export default figuresZhCN
