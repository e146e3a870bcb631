import type figuresZhCN from './figures.zh-CN'

const figuresEn: typeof figuresZhCN = {
  title: 'Figures',
}

export default figuresEn
